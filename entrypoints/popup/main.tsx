import { render } from 'preact';

render(<p>sayso</p>, document.getElementById('app')!);
