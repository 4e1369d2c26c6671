import { describe, expect, it } from 'vitest';
import { marksOf, opinionLines } from '../helpers/marks.ts';

describe('opinion', () => {
  it.each([
    ['The botched withdrawal ended in 2021.', ['opinion "botched" evaluative']],
    ['The budget was, by any measure, a damp squib.', ['opinion "by any measure" intensifier', 'opinion "damp squib" loaded']],
    ['The embattled minister resigned.', ['opinion "embattled" evaluative']],
    ['It is widely believed that the talks collapsed.', ['opinion "It is widely believed" weasel']],
    ['That claim is not credible, and by almost any measure the plan is implausible.', ['opinion "not credible" evaluative', 'opinion "by almost any measure" intensifier', 'opinion "implausible" evaluative']],
    ['The attack was most likely planned.', ['opinion "most likely" hedge']],
    // Odds that are measured are no hedge.
    ['Walkers are 40 percent less likely to die early.', []],
    ['Walkers are less likely to die early.', ['opinion "less likely" hedge']],
    // A superlative the record measures is no judgement; one the writer passes is.
    ['It was their worst run since 2017.', []],
    ['Sales had their best quarter on record.', []],
    ['It was the worst speech of the campaign.', ['opinion "worst" evaluative']],
    // A technical term judges nothing; the same word alone does.
    ['Gross domestic product fell 0.1 percent.', []],
    ['Banks wrote off bad loans.', []],
    ['Two million people are out of work with long-term sickness.', []],
    ['Staff took sick leave.', []],
    ['A fire destroyed a warehouse in Leeds.', []],
    ['About 70,000 homes were destroyed by the hurricane.', []],
    ['Storm Dara batters the coast as heavy rain lashed the west.', []],
    ['The vote is seen by many as a referendum on the president.', ['opinion "seen by many" weasel']],
    ['Heavily armed officers stormed the building.', []],
    ['He ran fake accounts during a period of extreme warming.', []],
    ['Make sure your children are fully vaccinated.', []],
    ['Profits were worse than expected.', []],
    ['It was a worse president than Nixon.', ['opinion "worse" evaluative']],
    // A loaded verb that is also a plain noun is read as the noun after a determiner, a number or a noun.
    ['A blast killed 20 workers on the oil rig.', []],
    ['The rail strike left rat poison in the station.', []],
    ['He railed against the elites and would rip into anyone.', ['opinion "railed against" loaded', 'opinion "elites" loaded', 'opinion "rip" loaded']],
    // A crime a court names is a charge in law, not the writer's judgement.
    ['He was found guilty on nine counts of wire fraud.', []],
    ['She was charged with corruption before the fraud trial.', []],
    ['The whole election was a fraud.', ['opinion "fraud" loaded']],
    ['The town was battered by the storm.', []],
    // So is one whose object, or whose subject in the passive, is a building, a vehicle or a town.
    ['Soldiers destroyed the bridge and torched the village.', []],
    ['Dozens of homes were destroyed.', []],
    ['Protesters smashed windows.', []],
    ['They vowed to destroy the Church.', ['opinion "destroy" loaded']],
    ['Critics hammered the storm response.', ['opinion "hammered" loaded']],
    ['He destroyed his rival in the debate.', ['opinion "destroyed" loaded']],
    ['It was a gross violation of the rules.', ['opinion "gross" evaluative']],
    ['Gunmen reportedly opened fire.', ['opinion "reportedly" hedge']],
    ['The man allegedly stole it.', ['opinion "allegedly" hedge']],
    ['Both are widely classified as terrorist groups.', ['opinion "widely classified" weasel']],
    ['The drug is widely used in Europe.', []],
    ['Many believe the vote was close.', ['opinion "Many believe" weasel']],
    ['Some would say the decision was brave, and many have questioned the timing.', ['opinion "Some would say" weasel', 'opinion "brave" evaluative', 'opinion "many have questioned" weasel']],
    ['There is mounting evidence that the scheme is failing.', ['opinion "mounting evidence" weasel']],
    ['It remains to be seen whether the policy could potentially backfire.', ['opinion "remains to be seen" hedge', 'opinion "potentially" hedge', 'opinion "backfire" evaluative']],
    // A kind named after a determiner or an adjective is no hedge; the plague is a disease, "plagued by" colours.
    ['This kind of attack needs a new sort of vaccine, but he was kind of annoyed.', ['opinion "kind of" hedge']],
    ['The plague spread across a region plagued by war.', ['opinion "plagued" loaded']],
    // A threat is news, not the writer's colouring.
    ['Dozens of MPs threatened to vote against the plan.', []],
    // Praise and size are the writer's too; "controversial" says some dispute it without saying who.
    ['The court issued a landmark ruling on the controversial law after a bold campaign.', ['opinion "landmark" evaluative', 'opinion "controversial" weasel', 'opinion "bold" evaluative']],
    // British verdicts.
    ["The government's shambolic response was an omnishambles.", ['opinion "shambolic" evaluative', 'opinion "omnishambles" loaded']],
    ['The party keeps a firm grip on the region.', ['opinion "firm grip" loaded']],
    ['The decision was deeply unpopular.', ['opinion "deeply" intensifier']],
    ['The senator slammed the plan.', ['opinion "slammed" loaded']],
    ['It was a disastrous and shameful week.', ['opinion "disastrous" evaluative', 'opinion "shameful" evaluative']],
    ['The regime failed disastrously.', ['opinion "regime" loaded', 'opinion "disastrously" evaluative']],
    ['Critics were smeared as traitors and crackpots.', ['opinion "smeared" loaded', 'opinion "traitors" loaded', 'opinion "crackpots" loaded']],
    ['The plan was a string of fiascos.', ['opinion "fiascos" loaded']],
    ['It was a valiant, if pusillanimous, effort.', ['opinion "valiant" evaluative', 'opinion "pusillanimous" evaluative']],
    // Compounds that a loaded half colours, and figurative set phrases in any tense.
    ['The Trump-hating press ignored it.', ['opinion "Trump-hating" loaded']],
    ['The senator bent over backwards, and the party was left in disarray.', ['opinion "bent over backwards" loaded', 'opinion "in disarray" loaded']],
    ['He fanatically opposed the deal.', ['opinion "fanatically" loaded']],
    ['The agency dragged its feet, then pulled out all the stops.', ['opinion "dragged its feet" loaded', 'opinion "pulled out all the stops" loaded']],
    ['The mayor dragged her feet while the city sat on high alert.', ['opinion "dragged her feet" loaded', 'opinion "high alert" loaded']],
    ['The cryptically worded memo added countless pages.', ['opinion "cryptically" evaluative', 'opinion "countless" evaluative']],
    // In a headline set in title case, every word is capitalised, loaded ones too.
    ['Biden Trashes Trump As A Reckless Demagogue.', ['opinion "Trashes" loaded', 'opinion "Reckless" evaluative', 'opinion "Demagogue" loaded']],
    // The plain words of news reporting are not opinion.
    ['The campaign released the news on Tuesday; police called it a violent crime.', []],
    ['The hit single topped the charts for a month.', []],
    // Never inside a quotation: the words are the speaker's.
    ['“It was a botched, disastrous plan,” she said.', []],
    ['She called it a “shameful” decision.', []],
    // Names are not opinions; a capitalised label on its own is.
    ['The Great Lakes are large.', []],
    ['Then the Dems caved again.', ['opinion "Dems" loaded', 'opinion "caved" loaded']],
  ])('%s', (text, expected) => {
    expect(marksOf(text, opinionLines)).toEqual(expected);
  });

  // Known miss, kept visible: figurative wording that no word list holds.
  it.fails('marks a fresh metaphor the writer coined', () => {
    expect(marksOf('The bill sailed into a storm of its own making.', opinionLines)).toEqual(['opinion "a storm of its own making" loaded']);
  });
});
