import { describe, expect, it } from 'vitest';
import { marksOf, numberLines } from '../helpers/marks.ts';

describe('numbers', () => {
  it.each([
    ['The attack killed 137 people.', ['number "137" count unsourced']],
    ['Over 1,250.5 tonnes were shipped.', ['number "Over 1,250.5 tonnes" measure unsourced']],
    ['Prices rose 20% in a year.', ['number "20%" percent unsourced']],
    ['It will save money over a decade, though a year ago it lost money.', ['number "over a decade" duration unsourced']],
    ['Half a million people marched.', ['number "Half a million" count unsourced']],
    ['They scored in the second half.', []],
    ['Sales fell last quarter.', []],
    ['It ties teacher pay to test scores.', []],
    ['Scores of people marched.', ['number "Scores" count unsourced']],
    // A number that names is no quantity; a count of parts or a vague count is one number.
    ['The 9/11 attacks changed everything.', []],
    ['The 5th U.S. Circuit Court of Appeals upheld it in the 78th minute.', ['number "78th minute" duration unsourced']],
    ['Under Article 5, members flew on a Boeing 737.', []],
    ['Two-thirds of voters agreed.', ['number "Two-thirds" fraction unsourced']],
    ['Tens of thousands of people marched.', ['number "Tens of thousands" count unsourced']],
    ['The 1990s were calm.', ['number "1990s" year unsourced']],
    ['A quarter of voters stayed home.', ['number "A quarter" fraction unsourced']],
    ['Three quarters of voters stayed home.', ['number "Three quarters" fraction unsourced']],
    ['Ridership has fallen by about a fifth since then.', ['number "about a fifth" fraction unsourced']],
    ['A tenth of the budget went to roads.', ['number "A tenth" fraction unsourced']],
    ['Two-fifths of voters agreed.', ['number "Two-fifths" fraction unsourced']],
    ['He won a fifth term.', ['number "fifth" ordinal unsourced']],
    ['Profit rose by a fifth on last year.', ['number "a fifth" fraction unsourced']],
    ['It cost nearly a quarter of a trillion dollars.', ['number "nearly a quarter of a trillion dollars" money unsourced']],
    // A change in a rate is counted in points of it.
    ['Rates rose by 0.25 percentage points, after a cut of 50 basis points.', ['number "0.25 percentage points" percent unsourced', 'number "50 basis points" percent unsourced']],
    ['The fund is worth $1.5tn.', ['number "$1.5tn" money unsourced']],
    // A count and a half is one number; a temperature or an angle written onto the digits is a measure, a letter after a name's digits names a place.
    ['He was jailed for six and a half years.', ['number "six and a half years" duration unsourced']],
    ['About 2 and a half million people fled.', ['number "About 2 and a half million" count unsourced']],
    ['Temperatures hit 40C, or 104°F, on a 30° slope.', ['number "40C" measure unsourced', 'number "104°F" measure unsourced', 'number "30°" measure unsourced']],
    ['Flat 4C and Seat 12F were empty.', []],
    // A share counted "out of" is one fraction; a time of day may be written with a dot; a year after a quarter is a year.
    ['Nearly nine out of 10 nurses quit.', ['number "Nearly nine out of 10" fraction unsourced']],
    ['Police arrived at 6.30am and left by 9pm.', ['number "6.30am" time unsourced', 'number "9pm" time unsourced']],
    ['The work ends in Q3 2025.', ['number "2025" year unsourced']],
    ['Prices rose 20 percent.', ['number "20 percent" percent unsourced']],
    ['It cost $3 million.', ['number "$3 million" money unsourced']],
    ['It cost 500 euros.', ['number "500 euros" money unsourced']],
    ['One hundred thirty-seven people died.', ['number "One hundred thirty-seven" count unsourced']],
    ['The fire killed over a hundred people.', ['number "over a hundred" count unsourced']],
    ['At least six were hurt.', ['number "At least six" count unsourced']],
    ['More than 40 attended, up to 60 by noon.', ['number "More than 40" count unsourced', 'number "up to 60" count unsourced']],
    ['Between 10 and 20 boats sank.', ['number "10 and 20" range unsourced']],
    ['Profit will be between €1.1bn and €1.3bn.', ['number "€1.1bn and €1.3bn" range unsourced']],
    ['Turnout rose to 63.5 per cent from 58% in 2019.', ['number "63.5 per cent" percent unsourced', 'number "58%" percent unsourced', 'number "2019" year unsourced']],
    ['The company was founded on 4 July 1976.', ['number "4 July 1976" date unsourced']],
    ['It raised $2 million to $3 million.', ['number "$2 million to $3 million" range unsourced']],
    ['It weighs 10 kilograms.', ['number "10 kilograms" measure unsourced']],
    ['A 42-year-old man was arrested.', ['number "42-year-old" age unsourced']],
    ['The war lasted two decades.', ['number "two decades" duration unsourced']],
    ['One in five voters agreed.', ['number "One in five" fraction unsourced']],
    ['Half of the staff quit, and a third of them left town.', ['number "Half" fraction unsourced', 'number "a third" fraction unsourced']],
    ['It happened in 2021.', ['number "2021" year unsourced']],
    ['It happened on March 3, 2021.', ['number "March 3, 2021" date unsourced']],
    ['The rally starts at 7:30 p.m., and doors open at 6 PM.', ['number "7:30 p.m." time unsourced', 'number "6 PM" time unsourced']],
    ['He finished 21st.', ['number "21st" ordinal unsourced']],
    ['At least one Democrat stayed away, and only one senator voted for it.', ['number "At least one" count unsourced', 'number "only one" count unsourced']],
    ['She was the only one who stayed.', []],
    // An ordinal that opens a sentence before a comma counts points in an argument, not things.
    ['Third, we do not know his business dealings.', []],
    // Sourced: the number lies in attributed content, or in a quote with a speaker.
    ['Officials said 40 people died.', ['number "40" count sourced']],
    ['40 people died, officials said.', ['number "40" count sourced']],
    ['“We lost 40 men,” the general said.', ['number "40" count sourced']],
    // A quotation that ends the paragraph before is no part of the next one's sentence.
    ['A spokeswoman called it “speculation.”\nUnion leaders said 40 jobs would go.', ['number "40" count sourced']],
    ['It will cut 1,200 jobs, people familiar with the matter said on Monday, as orders fall.', ['number "1,200" count sourced']],
    ['According to the ministry, 40 people died.', ['number "40" count sourced']],
    ['Bush took 6 percent in a Fox News poll.', ['number "6 percent" percent sourced']],
    // Content the text gives to no one sources nothing.
    ['He resigned after allegations that he had stolen $3 million.', ['number "$3 million" money unsourced']],
    ['It was reported that 40 people died.', ['number "40" count unsourced']],
    // Idioms and furniture are not numbers.
    ['It is one of the few remaining branches.', []],
    ['One way or another we communicate with them.', []],
    ['No one came, and they blamed one another.', []],
  ])('%s', (text, expected) => {
    expect(marksOf(text, numberLines)).toEqual(expected);
  });
});
