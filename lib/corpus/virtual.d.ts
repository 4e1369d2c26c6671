declare module 'virtual:sayso-baseline' {
  const baseline: import('./baseline.ts').Baseline;
  export default baseline;
}
