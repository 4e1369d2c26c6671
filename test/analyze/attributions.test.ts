import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze/index.ts';
import { attributionLines, marksOf } from '../helpers/marks.ts';

describe('attributions', () => {
  it.each([
    // Both orders, and every inflection.
    ['Jane Smith said the plan failed.', ['cue "said"', 'source "Jane Smith" person']],
    ['"It failed," said Jane Smith.', ['cue "said"', 'source "Jane Smith" person']],
    // After an inverted role, the name of who holds it: the source is that person.
    ['"We are anxious," said the company’s chief executive, John J. Ferriola.', ['cue "said"', 'source "the company’s chief executive, John J. Ferriola" person → John J. Ferriola']],
    ['"We are anxious," said the spokesman, Monday.', ['cue "said"', 'source "the spokesman" anonymous']],
    ['“There is no data to suggest that,” said one unaligned Florida Republican strategist.', ['cue "said"', 'source "one unaligned Florida Republican strategist" anonymous']],
    ['“It is a way to take part,” says a source involved in the group’s creation.', ['cue "says"', 'source "a source involved" anonymous']],
    ['"It failed," says the minister.', ['cue "says"', 'source "the minister" anonymous']],
    ['The mayor is saying it failed.', ['cue "saying"', 'source "The mayor" anonymous']],
    // Negated auxiliaries: the verb after them is still the subject's.
    ['The mayor isn’t saying whether it failed.', ['cue "saying"', 'source "The mayor" anonymous']],
    ['Members of the court shouldn’t weigh in on elections.', ['cue "weigh in"', 'source "Members of the court" anonymous']],
    ['The mayor insists the numbers add up.', ['cue "insists"', 'source "The mayor" anonymous']],
    ['The experts were unanimous that the cuts are a choice.', ['cue "were unanimous"', 'source "The experts" anonymous']],
    ['Experts I spoke to were unanimous that the cuts are a choice.', ['cue "were unanimous"', 'source "Experts" anonymous']],
    ['None of the scholars I interviewed thought compromise was likely.', ['cue "thought"', 'source "None of the scholars I interviewed" anonymous']],
    ['None of the scholars I interviewed last month thought compromise was likely.', ['cue "thought"', 'source "None of the scholars I interviewed" anonymous']],
    ['The scholars I interviewed thought compromise was unlikely.', ['cue "thought"', 'source "The scholars I interviewed" anonymous']],
    // After a form of "be", a base form is an adjective or a noun, not a verb.
    ['Cruz was brilliantly articulate as he answered.', []],
    ['It sells new products, all of which will be utter fakes.', []],
    // Let in, shoved, put away: no words ("as she put it" still puts them).
    ['The majority of the refugees admitted are women and children.', []],
    ['A strong showing from Mr. Rubio could push several mainstream candidates out.', []],
    ['He was doing everyone a favor by putting it to rest.', []],
    ['Trump supporters ripped the signs away and began shoving her.', []],
    ['The plan, as she put it on Wednesday, is dead.', ['cue "put it"', 'source "she" pronoun']],
    // A short phrase of time may stand between the comma and the -ing form that continues the clause.
    ['He battled the mayor, at one point calling him a liar.', ['cue "calling"', 'source "He" pronoun']],
    // After a comma and "but" or "and", a verb with no subject of its own is the first cue's subject's, not part of what it reports.
    ['The researchers don’t know when this happened, but suspect it took place early.', ['cue "know"', 'source "The researchers" anonymous', 'cue "suspect"', 'source "The researchers" anonymous']],
    ['Smith backed Kasich in the primary, but now plans to vote for Trump.', ['cue "backed"', 'source "Smith" person', 'cue "plans"', 'source "Smith" person']],
    // A share after "while" opens a clause of its own; a body a "which" stands for may expect, and a thing may not.
    ['Half prefer an outsider, while 4 in 10 want one with experience.', ['cue "prefer"', 'source "Half" anonymous', 'cue "want"', 'source "4 in 10" anonymous']],
    ['It was organized by a group called Citizens for Trump, which expects 5,000 to attend.', ['cue "expects"', 'source "which" pronoun → Citizens for Trump']],
    ['The Secret Service, which has figured in numerous scandals, said nothing.', ['cue "said"', 'source "The Secret Service" organization → Secret Service']],
    ['Many of his endorsers think that can be reversed.', ['cue "think"', 'source "Many of his endorsers" anonymous']],
    ['None of the officials said it would last.', ['cue "said"', 'source "None of the officials" anonymous']],
    ['Earlier, Sheriff Joe Arpaio, a polarizing figure, vouched for the plan.', ['cue "vouched for"', 'source "Sheriff Joe Arpaio" person → Joe Arpaio']],
    ['More recently, Rubio has shifted to match the mood, offering dire warnings.', ['cue "offering"', 'source "Rubio" person']],
    ['Recently, however, it issued a paper calling for new bases.', ['cue "calling for"', 'source "it" pronoun']],
    ['Speaking in his real voice again, he read from the Bible, saying it was true.', ['cue "saying"', 'source "he" pronoun']],
    ['Neither wanted to share his name.', ['cue "wanted"', 'source "Neither" anonymous']],
    ['None of the three laid out a plan.', ['cue "laid out"', 'source "None of the three" anonymous']],
    ['Smith has repeatedly argued that it failed.', ['cue "argued"', 'source "Smith" person']],
    ['The senator, without offering evidence, claimed the election was rigged.', ['cue "claimed"', 'source "The senator" anonymous']],
    ['What the president said on Tuesday contradicts what he told Congress.', ['cue "said"', 'source "the president" anonymous', 'cue "told Congress"', 'source "he" pronoun → the president']],
    // "no-fly" is no adverb, so "list" after it is the noun it describes.
    ['Critics want the checks to cover people on the no-fly list.', ['cue "want"', 'source "Critics" anonymous']],
    // A short phrase after the auxiliary stands between the subject and its verb as an adverb does.
    ['Gore’s friends have in the past said he was staying quiet.', ['cue "said"', 'source "Gore’s friends" anonymous']],
    ['Police had last month charged the campaign manager with battery.', ['cue "charged"', 'source "Police" organization']],
    ['The poll has, however, found that voters are split.', ['cue "found"', 'source "The poll" document']],
    ['Clinton has, in fact, denied it.', ['cue "denied"', 'source "Clinton" person']],
    // Putting out words: the -s form after a name, and the progressive.
    ['Clinton unveils a new plan.', ['cue "unveils"', 'source "Clinton" person']],
    ['The campaign is releasing a new online ad on Monday.', ['cue "releasing"', 'source "The campaign" organization']],
    ['Outstanding issues in the lawsuits include rules.', []],
    // Setting out a plan or its details is a statement, by a person as by a document.
    ['Sanders outlined a litany of proposals on jobs.', ['cue "outlined"', 'source "Sanders" person']],
    ["The NRA isn't detailing what steps it will take.", ['cue "detailing"', 'source "The NRA" organization → NRA']],
    ['The mayor has on Tuesday said that the plan was dead.', ['cue "said"', 'source "The mayor" anonymous']],
    ['Critics have in particular noted the explosive campaign material.', ['cue "noted"', 'source "Critics" anonymous']],
    ['The bank signalled that cuts could come.', ['cue "signalled"', 'source "The bank" organization']],
    ['The committee calls the whole thing an attack on the city.', ['cue "calls"', 'source "The committee" organization']],
    // "heard" reports only what a that-clause or quotation gives: evidence in court, not a noise.
    // Verbs of the manner of speaking report only beside what was said.
    ['“It is over,” Oliver barked.', ['cue "barked"', 'source "Oliver" person']],
    ['He snapped a photo.', []],
    ['The 11th Circuit struck down the law, ruling that it violated the Constitution.', ['cue "ruling"', 'source "The 11th Circuit" organization → 11th Circuit']],
    ['Texas says the law protects free speech.', ['cue "says"', 'source "Texas" organization']],
    ['North Korea said the test succeeded.', ['cue "said"', 'source "North Korea" organization']],
    ['The Supreme Court ruled 6-3 that the law was constitutional.', ['cue "ruled"', 'source "The Supreme Court" organization → Supreme Court']],
    ['UN Secretary-General Antonio Guterres urged restraint.', ['cue "urged"', 'source "UN Secretary-General Antonio Guterres" person → Antonio Guterres']],
    ['Beijing denied the report.', ['cue "denied"', 'source "Beijing" organization']],
    ['The court heard that he poured petrol through the door.', ['cue "heard"', 'source "The court" organization']],
    ['Residents heard a loud bang.', []],
    ['Curbs will stay, the regional utility announced.', ['cue "announced"', 'source "the regional utility" organization']],
    ['The airline said flights would resume.', ['cue "said"', 'source "The airline" organization']],
    // An organisation's name runs through "of" and "for"; a title's "of" leads to the person.
    ['The Bank of England said rates would rise.', ['cue "said"', 'source "The Bank of England" organization → Bank of England']],
    ['The company behind a popular weight-loss drug said it would cut prices.', ['cue "said"', 'source "The company behind a popular weight-loss drug" organization']],
    ['It passed, according to the National Conference of State Legislatures.', ['cue "according to"', 'source "the National Conference of State Legislatures" organization → National Conference of State Legislatures']],
    ['The Centers for Disease Control and Prevention estimates that cases rose.', ['cue "estimates"', 'source "The Centers for Disease Control and Prevention" organization → Centers for Disease Control and Prevention']],
    ['Secretary of State John Kerry said the talks failed.', ['cue "said"', 'source "Secretary of State John Kerry" person → John Kerry']],
    // So in lower case; and a speaker's label before its colon may be a title and a name of eight words.
    ['"It is over," said former secretary of state Hillary Clinton.', ['cue "said"', 'source "former secretary of state Hillary Clinton" person → Hillary Clinton']],
    ['Former secretary of state Hillary Rodham Clinton: "We learned that from the State Department."', ['cue ":"', 'source "Former secretary of state Hillary Rodham Clinton" person → Hillary Rodham Clinton']],
    // (The holder of an office named by the body alone, or by the body served, is unnamed.)
    ['The chairman of the Pirate Party said it.', ['cue "said"', 'source "The chairman of the Pirate Party" anonymous']],
    ['A secretary of state for the Bush White House said it.', ['cue "said"', 'source "A secretary of state for the Bush White House" anonymous']],
    ['Human Rights Watch said the raids were unlawful.', ['cue "said"', 'source "Human Rights Watch" organization']],
    ['The U.S. Chamber of Commerce said it would sue.', ['cue "said"', 'source "The U.S. Chamber of Commerce" organization → U.S. Chamber of Commerce']],
    ['Firefighters rescued two children, West Yorkshire Fire and Rescue Service said.', ['cue "said"', 'source "West Yorkshire Fire and Rescue Service" organization']],
    ['Det Insp Sarah Kyle said the force had received calls.', ['cue "said"', 'source "Det Insp Sarah Kyle" person → Sarah Kyle']],
    // Parties, bodies and companies known by a name alone, and seats of government, are organisations, not surnames.
    ['Labour accused the government of complacency.', ['cue "accused"', 'source "Labour" organization']],
    ['Greenpeace said the spill was the worst in a decade.', ['cue "said"', 'source "Greenpeace" organization']],
    ['Sinn Féin said it would not take its seats.', ['cue "said"', 'source "Sinn Féin" organization']],
    ['Downing Street said the talks would go on.', ['cue "said"', 'source "Downing Street" organization']],
    ['Brussels warned that the deal was at risk.', ['cue "warned"', 'source "Brussels" organization']],
    // What a court or an inquest hears, and what someone was told, may follow without "that".
    ['The inquest heard he had been drinking.', ['cue "heard"', 'source "The inquest" organization']],
    ['Jurors were told the boy had been stabbed.', ['cue "were told"', 'source none']],
    ['Many of them which heard the word believed.', []],
    // A capitalised word before a plain noun and a noun for people is part of one phrase; a word
    // that opens the sentence before "of the" is a common noun, not a name.
    ['Fifty of the nation’s top Republican security officials signed a letter, making it clear they would not vote for him.', ['cue "making it clear"', 'source "Fifty of the nation’s top Republican security officials" anonymous']],
    ['Much of the recent coverage has focused on the race.', ['cue "focused on"', 'source "Much of the recent coverage" anonymous']],
    // "Data" is plural as well as singular; after "to help", the one helped acts.
    ['The data show a sharp rise.', ['cue "show"', 'source "The data" document']],
    ['The firm uses big data to help brands find suppliers.', []],
    ['About four out of 10 voters said they were worried.', ['cue "said"', 'source "About four out of 10 voters" anonymous']],
    // After "help", the bare verb is what was helped along, not a report.
    ['This helps explain why Iran has placed so much importance on Syria.', []],
    ['Sanders says he helped write the act.', ['cue "says"', 'source "Sanders" person']],
    // A think tank thinks nothing.
    ['The Resolution Foundation think tank warned of a squeeze.', ['cue "warned"', 'source "The Resolution Foundation think tank" anonymous']],
    // A document runs on to where it was published, not to when.
    ['The president plans to resign, according to a report in the New York Times.', ['cue "plans"', 'source "The president" anonymous', 'via "a report in the New York Times"', 'cue "according to"', 'source "a report in the New York Times" document']],
    ['According to a poll in March, turnout fell.', ['cue "According to"', 'source "a poll" document']],
    // An outlet in capitals names its stations and editions too; its president is a person.
    ['The mayor spoke on Friday, according to NBC Bay Area.', ['cue "according to"', 'source "NBC Bay Area" organization']],
    ['POLITICO Florida reported that the race was close.', ['cue "reported"', 'source "POLITICO Florida" organization']],
    // A people named in the plural is a vague group, as "Americans" is.
    ['Swedes are worried that the police cannot cope.', ['cue "are worried"', 'source "Swedes" anonymous']],
    ['Many Israelis believe the war will last.', ['cue "believe"', 'source "Many Israelis" anonymous']],
    // A sentence that opens with an adverb or an interjection has no speaker in it.
    ['Perhaps go a step further, and ask whether you would vote for her.', []],
    ["Please, don't start calling me a prophet.", []],
    ['Rather, Saint Francis, guided by his visions, recognized that the poor were his teachers.', ['cue "recognized"', 'source "Saint Francis" person']],
    ['Sen. Chuck Grassley of Iowa said it failed.', ['cue "said"', 'source "Sen. Chuck Grassley of Iowa" person → Chuck Grassley']],
    // Two nouns for people or groups join as one source; "alike" floats after them.
    ['But politicians and ordinary voters alike are calling on Emanuel to resign.', ['cue "calling on"', 'source "politicians and ordinary voters" anonymous']],
    ['Aides and advisers say the plan failed.', ['cue "say"', 'source "Aides and advisers" anonymous']],
    // A plural's possessive mark joins the phrase; a closing quotation mark does not.
    ['Sanders’ campaign says it raised more than $21 million.', ['cue "says"', 'source "Sanders’ campaign" organization']],
    ['Patients’ groups welcomed the announcement.', ['cue "welcomed"', 'source "Patients’ groups" organization']],
    ['‘It is the issues,’ voters said.', ['cue "said"', 'source "voters" anonymous']],
    // A name in the possessive is read without its -'s, and a person after whose they are is that person.
    ['CNN’s Jake Tapper met the senator. He said it mattered.', ['cue "said"', 'source "He" pronoun → Jake Tapper']],
    // A role the text gives someone else's office is someone new; a former one may be the person named.
    ['“No,” said Rosa Delgado, a retired teacher. The mayor insisted the cuts were needed.', ['cue "said"', 'source "Rosa Delgado" person', 'cue "insisted"', 'source "The mayor" anonymous']],
    ['The union’s general secretary, Sarah Okafor, told a rally it would strike. The governor said talks would go on.', ['cue "told"', 'source "Sarah Okafor" person', 'cue "said"', 'source "The governor" anonymous']],
    ['Ana Duarte, the chief executive, told investors it was hard. The chief executive said it would pass.', ['cue "told"', 'source "Ana Duarte" person', 'cue "said"', 'source "The chief executive" person → Ana Duarte']],
    ['Ana Duarte, the carmaker’s finance director, told investors it was hard. The chief executive said it would pass.', ['cue "told"', 'source "Ana Duarte" person', 'cue "said"', 'source "The chief executive" anonymous']],
    ['“No,” said Jane Smith, the city’s mayor. The mayor insisted the cuts were needed.', ['cue "said"', 'source "Jane Smith" person', 'cue "insisted"', 'source "The mayor" person → Jane Smith']],
    ['“No,” said Rep. Alan Whitfield. The governor has defended the plan.', ['cue "said"', 'source "Rep. Alan Whitfield" person → Alan Whitfield', 'cue "defended"', 'source "The governor" anonymous']],
    ['“No,” said Rep. Alan Whitfield. The governor has defended the plan. She argued that scores had flatlined.', ['cue "said"', 'source "Rep. Alan Whitfield" person → Alan Whitfield', 'cue "defended"', 'source "The governor" anonymous', 'cue "argued"', 'source "She" pronoun → the governor']],
    ['“No,” said Sen. Chris Murphy. The former congressman has defended the plan.', ['cue "said"', 'source "Sen. Chris Murphy" person → Chris Murphy', 'cue "defended"', 'source "The former congressman" person → Chris Murphy']],
    ['It was approved by the European Council’s president. “A historic day,” the council president wrote.', ['cue "wrote"', 'source "the council president" anonymous']],
    ['Bell’s predecessor called the agreement “a win for working people.”', ['cue "called"', 'source "Bell’s predecessor" anonymous']],
    // A party's members after a place, a count or a ratio are a vague group, not a person.
    ['Iowa Republicans said the race was close.', ['cue "said"', 'source "Iowa Republicans" anonymous']],
    ['A third say they do not know.', ['cue "say"', 'source "A third" anonymous']],
    ['Neither side wants conflict over specks in the sea.', ['cue "wants"', 'source "Neither side" anonymous']],
    ['About 4 in 10 want a candidate with political experience.', ['cue "want"', 'source "About 4 in 10" anonymous']],
    // A count speaks with its approximator, and a count alone is a vague group, not a name.
    ['At least 21,000 said they would help.', ['cue "said"', 'source "At least 21,000" anonymous']],
    ['Up to 300 protesters said they would stay.', ['cue "said"', 'source "Up to 300 protesters" anonymous']],
    ['More than 6 in 10 voters who attended described themselves as evangelical.', ['cue "described"', 'source "More than 6 in 10 voters" anonymous']],
    ['Those over 60 say they feel that way by 2-1.', ['cue "say"', 'source "Those over 60" anonymous']],
    ['Most Democrats say the party should unite.', ['cue "say"', 'source "Most Democrats" anonymous']],
    ['Palestinians say the plan failed.', ['cue "say"', 'source "Palestinians" anonymous']],
    ['Many Germans fear a recession.', ['cue "fear"', 'source "Many Germans" anonymous']],
    ['Constitutionalists argue it is wrong.', ['cue "argue"', 'source "Constitutionalists" anonymous']],
    ['Nine of 10 Republicans were worried about the economy.', ['cue "were worried"', 'source "Nine of 10 Republicans" anonymous']],
    // Names joined by "and" speak as one source; a surname after them is still its own person's.
    ['Britain and France support the rebels.', ['cue "support"', 'source "Britain and France" organization']],
    ['It is a minuet that Clinton and Sanders hope will soothe tensions.', ['cue "hope"', 'source "Clinton and Sanders" person']],
    ['It is a package that the White House and congressional leaders have been discussing.', ['cue "discussing"', 'source "the White House and congressional leaders" anonymous']],
    // After what a wish is of, "and" and a name open a clause of their own; after a verb of saying they may be what was said.
    ['Trump wants the votes and Nieto wants to be a hero.', ['cue "wants"', 'source "Trump" person', 'cue "wants"', 'source "Nieto" person']],
    ['Clinton said Trump and Cruz want a war.', ['cue "said"', 'source "Clinton" person']],
    ['Donald Trump and Ted Cruz said the deal was bad. Cruz said more.', ['cue "said"', 'source "Donald Trump and Ted Cruz" person', 'cue "said"', 'source "Cruz" person → Ted Cruz']],
    ['The Bank of England and Goldman Sachs said rates would rise.', ['cue "said"', 'source "The Bank of England and Goldman Sachs" organization → Bank of England and Goldman Sachs']],
    ['Officials in Washington and Moscow said the talks failed.', ['cue "said"', 'source "Officials in Washington and Moscow" anonymous']],
    ['The leaders of Britain and France said the talks failed.', ['cue "said"', 'source "The leaders of Britain and France" anonymous']],
    // A noun in -ly is no adverb between a subject and its verb.
    ['The family said he had been unarmed.', ['cue "said"', 'source "The family" anonymous']],
    ['Her family has called for calm.', ['cue "called for"', 'source "Her family" anonymous']],
    ['Several hundred demonstrators intend to march.', ['cue "intend"', 'source "Several hundred demonstrators" anonymous']],
    ['Some countries are talking about rushing the final steps.', ['cue "talking about"', 'source "Some countries" organization']],
    ['The city said repairs would take two weeks.', ['cue "said"', 'source "The city" organization']],
    ['It was a move that the kingdom hopes will shatter perceptions.', ['cue "hopes"', 'source "the kingdom" organization']],
    ['“They know she is strong enough,” the ad states.', ['cue "states"', 'source "the ad" document']],
    ['The “Fight for $15” movement plans to protest the debate.', []],
    ['Officials around the world warned that the sky was falling.', ['cue "warned"', 'source "Officials" anonymous']],
    ['At the party convention Sen. Elizabeth Warren (D-MA) said Trump was a loser.', ['cue "said"', 'source "Sen. Elizabeth Warren (D-MA)" person → Elizabeth Warren']],
    ['It was a defeat President Barack Obama believes to be the worst of his career.', ['cue "believes"', 'source "President Barack Obama" person → Barack Obama']],
    ['Clinton campaign Chairman John Podesta told The Huffington Post that it was over.', ['cue "told"', 'source "Clinton campaign Chairman John Podesta" person → John Podesta']],
    ['The state reported a 2.8 percent unemployment rate in June.', ['cue "reported"', 'source "The state" organization']],
    ['Several states have rejected the bills.', ['cue "rejected"', 'source "Several states" organization']],
    ['Cameron criticised Trump in parliament.', ['cue "criticised"', 'source "Cameron" person']],
    // After an adverb or a modal, a word that is often a noun is the verb.
    ['Sanders often questions the ties to super PACs.', ['cue "questions"', 'source "Sanders" person']],
    ['The poll also finds that turnout fell.', ['cue "finds"', 'source "The poll" document']],
    // A relative "that" stands for the noun before it.
    ['The page showed a message that said the item was gone.', ['cue "said"', 'source "that" pronoun → a message']],
    ['He is behind in a new poll that shows more voters view Clinton unfavorably.', ['cue "shows"', 'source "that" pronoun → a new poll']],
    ['The polls that show Johnson ahead were old.', ['cue "show"', 'source "that" pronoun → the polls']],
    // A verb's particle is no part of the noun after it.
    ['They handed out signs that said “Welcome”.', ['cue "said"', 'source "that" pronoun → signs']],
    ['It was a claim that reports confirmed.', ['cue "confirmed"', 'source "reports" document']],
    ['His claim in November that aid was cut was false.', ['cue "claim"', 'source "His" pronoun']],
    // A noun cue owned inside what an earlier cue reports is part of that report.
    ['He cited no source for his claim in November that aid was cut.', ['cue "cited"', 'source "He" pronoun']],
    ['It was a point that intelligence officials stressed.', ['cue "stressed"', 'source "intelligence officials" anonymous']],
    ['He is the one that said it.', []],
    ['The analysis shows the fund growing.', ['cue "shows"', 'source "The analysis" document']],
    ['But FEC reports show that the groups raised more.', ['cue "show"', 'source "FEC reports" document']],
    ['The poll, released by the Public Policy Institute of California, showed Clinton ahead.', ['cue "showed"', 'source "The poll" document']],
    // Evidence found without "that": a clause with its own subject and verb follows.
    ['Military Times found Democrats favored Clinton.', ['cue "found"', 'source "Military Times" organization']],
    ['Police found the driver had been drinking.', ['cue "found"', 'source "Police" organization']],
    ['Their plans changed, and the state reports fell.', []],
    // A preposition ends a subject read leftwards ("Despite Mr. Trump’s claims"); "outside experts" is one phrase.
    ['The vote went ahead despite Holt claiming it was unlawful.', ['cue "claiming"', 'source "Holt" person']],
    ['The vote went ahead amid Democrats claiming it was unlawful.', ['cue "claiming"', 'source "Democrats" anonymous']],
    ['Outside experts say the plan works.', ['cue "say"', 'source "Outside experts" anonymous']],
    // A base form right after a singular phrase ends a noun: "a police report", not "a police" reporting.
    ['She was tired, a police report indicates.', ['cue "indicates"', 'source "a police report" document']],
    ['Some Republicans are so vehemently opposed to Trump that they quit.', ['cue "are so vehemently opposed"', 'source "Some Republicans" anonymous']],
    ['A few voters say the plan failed.', ['cue "say"', 'source "A few voters" anonymous']],
    ['A full 79 percent of Democrats say they are satisfied.', ['cue "say"', 'source "A full 79 percent of Democrats" anonymous']],
    ['A wide array of economists say the plan works.', ['cue "say"', 'source "A wide array of economists" anonymous']],
    ['In the poll, 35% agree that the deal is fair.', ['cue "In"', 'source "the poll" document', 'cue "agree"', 'source "35%" anonymous']],
    ['Enrolment declined 0.2% last year.', []],
    ['A lot of people think he lied.', ['cue "think"', 'source "A lot of people" anonymous']],
    // Asides between subject and verb.
    ['Jane Smith, who chairs the committee, said it failed.', ['cue "said"', 'source "Jane Smith" person']],
    ['Reince Priebus, the party chairman, this past week announced a new website.', ['cue "announced"', 'source "Reince Priebus" person']],
    ['Smith — who has denied wrongdoing — said she would run again.', ['cue "denied"', 'source "who" pronoun → Smith', 'cue "said"', 'source "Smith" person']],
    ['It came two days after the Herald, which had backed the plan, said it would oppose it.', ['cue "backed"', 'source "which" pronoun → Herald', 'cue "said"', 'source "the Herald" organization → Herald']],
    ['The mayor, who stayed in the race despite criticism from the council, has said she will not resign.', ['cue "criticism from"', 'source "the council" organization', 'cue "said"', 'source "The mayor" anonymous']],
    ['Current and former officials who spoke with The Huffington Post said it had changed.', ['cue "said"', 'source "Current and former officials" anonymous']],
    ['Of Carson, Levine, who has given money to Rubio, said, “He is scary.”', ['cue "said"', 'source "Levine" person']],
    ['After beating Hale, Ted Cruz, a senator, said he was ready.', ['cue "said"', 'source "Ted Cruz" person']],
    ['Speaking at a rally in Berea, OH, after winning the primary, Gov. John Kasich (R-OH), said, “I’m ready.”', ['cue "said"', 'source "Gov. John Kasich (R-OH)" person → John Kasich']],
    ['One pastor backing the mayor, Darran Whiting of Grace Church in Marion, said he had made calls.', ['cue "backing"', 'source "One pastor" anonymous', 'cue "said"', 'source "Darran Whiting of Grace Church" person → Darran Whiting']],
    ['Jane Smith, the committee chair, told reporters it failed.', ['cue "told reporters"', 'source "Jane Smith" person']],
    ['Sen. Bernie Sanders (I-Vt.) on Saturday criticized the accord.', ['cue "criticized"', 'source "Sen. Bernie Sanders (I-Vt.)" person → Bernie Sanders']],
    ['Clinton called on Congress to pass a deal and said funding was needed.', ['cue "called on"', 'source "Clinton" person', 'cue "said"', 'source "Clinton" person']],
    // Past an aside after a relative clause, the subject is the phrase before "who".
    ['Voters who watched him, on television or at rallies, said he had less magnetism.', ['cue "said"', 'source "Voters" anonymous']],
    ['Several lawmakers, among them Smith and Jones, said the plan was flawed.', ['cue "said"', 'source "Several lawmakers" anonymous']],
    ['The mayor, whose office declined to comment, has said little.', ['cue "declined"', 'source "office" organization', 'cue "said"', 'source "The mayor" anonymous']],
    // Past an aside set off by dashes, the clause before "and" still has its subject.
    ['The veteran had served in Vietnam – “13 months in hell” – and said the plan would fail.', ['cue "said"', 'source "The veteran" anonymous']],
    ['Rep. Jim Jordan (R-Ohio) said it failed.', ['cue "said"', 'source "Rep. Jim Jordan (R-Ohio)" person → Jim Jordan']],
    ['Smith\'s spokesman, John Doe, said the talks failed.', ['cue "said"', 'source "John Doe" person']],
    ['"It is over," said Pierre de Vos, a professor of law.', ['cue "said"', 'source "Pierre de Vos" person']],
    ['The talks failed, said the minister.', ['cue "said"', 'source "the minister" anonymous']],
    ['"It is a costly model," said Will Doyle, a professor.', ['cue "said"', 'source "Will Doyle" person']],
    ['“It should hasten his eclipse,” Will wrote.', ['cue "wrote"', 'source "Will" person']],
    ['In particular, Will wrote, Christie can win.', ['cue "wrote"', 'source "Will" person']],
    ['Following the attacks, Will believes Christie has a chance.', ['cue "believes"', 'source "Will" person']],
    ['"We will spend millions," said one Republican involved in the planning.', ['cue "said"', 'source "one Republican involved" anonymous']],
    ['"There never was an order," said the base chief known as Bob.', ['cue "said"', 'source "the base chief" anonymous']],
    ['County chairman Will Rogers, for example, said the visit mattered.', ['cue "said"', 'source "County chairman Will Rogers" person → Will Rogers']],
    ['Humphrey, who calls Trump a “sociopath,” said he was unmoved.', ['cue "calls"', 'source "who" pronoun → Humphrey', 'cue "said"', 'source "Humphrey" person']],
    // An aside set off by dashes leaves the subject before it in reach, as commas do ("those…" opens a new phrase, no aside of the subject's).
    ['The report – released on Monday – shows that prices rose.', ['cue "shows"', 'source "The report" document']],
    ['In the book, Byrne — who was posted at the door for three years — states that the detail was a punishment.', ['cue "states"', 'source "Byrne" person']],
    ['Sanders said closed primaries – those open only to members – deny independents a vote.', ['cue "said"', 'source "Sanders" person']],
    ['"It is over," said Republican political consultant Chris Russell.', ['cue "said"', 'source "Republican political consultant Chris Russell" person → Chris Russell']],
    ['Sen. Ted Cruz, also a GOP hopeful, called the group abhorrent.', ['cue "called"', 'source "Sen. Ted Cruz" person → Ted Cruz']],
    ['The Cruz campaign calls this a false narrative.', ['cue "calls"', 'source "The Cruz campaign" organization']],
    ['Dr. Connie Mariano, who as a Navy captain was the White House physician in the administration of former President Bill Clinton and later retired from the service as a rear admiral, said the staff had been careful.', ['cue "said"', 'source "Dr. Connie Mariano" person → Connie Mariano']],
    ['Several said they would rather wait.', ['cue "said"', 'source "Several" anonymous']],
    ['But few believe their relationship can last.', ['cue "believe"', 'source "few" anonymous']],
    ['The White House would like to make the election about competence.', ['cue "like"', 'source "The White House" organization → White House']],
    ['I’d like to see that, but he looks like a winner.', ['cue "like"', 'source "I" pronoun']],
    ['Fighting goes on as China and Russia support the government.', ['cue "support"', 'source "China and Russia" organization']],
    ['Most Republican voters in Alabama, Georgia and Virginia said they felt betrayed.', ['cue "said"', 'source "Most Republican voters in Alabama, Georgia and Virginia" anonymous']],
    ['The case was ignored as Mrs. Clinton and Ms. Warren echoed similar themes.', ['cue "echoed"', 'source "Mrs. Clinton and Ms. Warren" person']],
    ['Some have gone further, calling it an outright attack on public education.', ['cue "calling"', 'source "Some" anonymous']],
    ['The change was seen by some as a demotion.', ['cue "seen"', 'source "some" anonymous']],
    // The agent may follow what the passive says of its subject; a "by" in a clause of its own is not it.
    ['Oz has been called a charlatan by fellow physicians.', ['cue "been called"', 'source "fellow physicians" anonymous']],
    ['He was asked to preserve the emails by the committee.', ['cue "was asked"', 'source "the committee" organization']],
    // An agent runs on through "and" to the name it joins, past a middle initial.
    ['The plan was criticized by Clinton and Sanders.', ['cue "criticized"', 'source "Clinton and Sanders" person']],
    // "By" and what was done with its object is the means, not an agent.
    ['Bush, however, interjected by hitting Trump for using eminent domain.', ['cue "interjected"', 'source "Bush" person']],
    ['The plan was criticized by leading Democrats.', ['cue "criticized"', 'source "leading Democrats" anonymous']],
    ['Sanders was supported by overwhelming majorities of voters.', ['cue "supported"', 'source "overwhelming majorities of voters" anonymous']],
    ['The groups were backed by Charles and David Koch.', ['cue "backed"', 'source "Charles and David Koch" person']],
    ['He was asked whether he had been paid by the Russians.', ['cue "was asked"', 'source none']],
    ['The Trump team appeared paralyzed.', ['cue "appeared"', 'source none']],
    ['He appeared briefly at the rally.', []],
    ['No one bothered to tell me which one.', ['cue "bothered to tell"', 'source "No one" anonymous']],
    ['Donald Trump needs to tell the truth about things.', ['cue "needs to tell"', 'source "Donald Trump" person']],
    ['Clinton allies on the panel resisted the change.', ['cue "resisted"', 'source "Clinton allies on the panel" anonymous']],
    ['A religious movement accused of financing travel broke the law.', ['cue "accused"', 'source none']],
    ['Trump accused Cruz of lying.', ['cue "accused"', 'source "Trump" person']],
    ['It was an allegation rejected by a series of congressional inquiries.', ['cue "rejected"', 'source "a series of congressional inquiries" anonymous']],
    ['Two dozen of his supporters endorsed the plan.', ['cue "endorsed"', 'source "Two dozen of his supporters" anonymous']],
    ['Several prominent GOP elders agreed that a speech was needed.', ['cue "agreed"', 'source "Several prominent GOP elders" anonymous']],
    ['The proposal was rejected by 64 percent of the electorate.', ['cue "rejected"', 'source "64 percent of the electorate" anonymous']],
    // A view held of a noun by no one the text names.
    ['They spent money in Wisconsin, a state seen as critical.', ['cue "seen as"', 'source none']],
    ['Scalia, regarded as the court’s leading figure, died.', ['cue "regarded as"', 'source none']],
    ['It was what the mayor described as an attack.', ['cue "described"', 'source "the mayor" anonymous']],
    ['Sen. Jack Reed (D-R.I.), said after a lunch that he had not.', ['cue "said"', 'source "Sen. Jack Reed (D-R.I.)" person → Jack Reed']],
    ['And Sen. Rob Portman (R-Ohio), another vulnerable incumbent, said he had not thought about it.', ['cue "said"', 'source "Sen. Rob Portman (R-Ohio)" person → Rob Portman']],
    ['Carson proposed an agency, while Jeb Bush in a Medium post said he would name judges.', ['cue "proposed"', 'source "Carson" person', 'cue "said"', 'source "Jeb Bush" person']],
    ['Powell’s office, when contacted by Reuters, said he was away.', ['cue "said"', 'source "Powell’s office" organization']],
    ['Sen. Dick Durbin (D-Ill.), noting the size of his following, said he was impressed.', ['cue "noting"', 'source "Sen. Dick Durbin" person → Dick Durbin', 'cue "said"', 'source "Sen. Dick Durbin (D-Ill.)" person → Dick Durbin']],
    ['Sen. Jon Tester (D-Mont.), who endorsed Clinton, spoke first.', ['cue "endorsed"', 'source "who" pronoun → Jon Tester']],
    ['Claire McCaskill (D-Mo.), who likes Clinton, said Sanders has pushed her.', ['cue "likes"', 'source "who" pronoun → Claire McCaskill', 'cue "said"', 'source "Claire McCaskill (D-Mo.)" person → Claire McCaskill']],
    ['Mr. Daniloff, now 81, said by telephone that it was hard.', ['cue "said"', 'source "Mr. Daniloff" person → Daniloff']],
    ['Her co-host -- a former aide -- told The Washington Post that it was over.', ['cue "told"', 'source "Her co-host" anonymous']],
    ['Priebus later Thursday told Fox News that both would meet.', ['cue "told"', 'source "Priebus" person']],
    ['Joe Scarborough, host of “Morning Joe,” suggested the race was over.', ['cue "suggested"', 'source "Joe Scarborough" person']],
    ['Hemsley, the co-author of "Going Viral," about the spread of news, said the days were over.', ['cue "said"', 'source "Hemsley" person']],
    ["Noah Oppenheim, the executive in charge of ''Today,'' reminded his staff.", ['cue "reminded"', 'source "Noah Oppenheim" person']],
    ['He called it, in a sense, a “disaster,” said Smith.', ['cue "called"', 'source "He" pronoun', 'cue "said"', 'source "Smith" person']],
    // "reportedly": reports no one is named for; with a verb of saying the verb's subject speaks.
    ['Gunmen reportedly opened fire.', ['cue "reportedly"', 'source none']],
    ['Peskov reportedly said the talks failed.', ['cue "said"', 'source "Peskov" person']],
    ['With Bloomberg reportedly considering a run, the race tightened.', ['cue "reportedly"', 'source none']],
    ['Many consider him the favourite.', ['cue "consider"', 'source "Many" anonymous']],
    ['Aides considered the plan a failure.', ['cue "considered"', 'source "Aides" anonymous']],
    ['Christie refers to the candidate, who is his friend, as a liar.', ['cue "refers to"', 'source "Christie" person']],
    ['The council considered the bill for a week.', []],
    ['A spokesman for the mayor called the report “absurd.”', ['cue "called"', 'source "A spokesman for the mayor" anonymous']],
    // The progressive, past adverbs and "not".
    ['Mr. Sanders is suddenly promising free tuition.', ['cue "promising"', 'source "Mr. Sanders" person → Sanders']],
    ['The governors are all calling for a new vote.', ['cue "calling for"', 'source "The governors" anonymous']],
    ['Carson, Fiorina and Huckabee have all criticized the plan.', ['cue "criticized"', 'source "Carson, Fiorina and Huckabee" person']],
    ['Erin Brockovich, the environmental activist and lawyer, endorsed the approach.', ['cue "endorsed"', 'source "Erin Brockovich" person']],
    ['Making her way around the diner, Clinton thanked a customer for her support.', ['cue "thanked"', 'source "Clinton" person']],
    ['The former Heisman Trophy winner, now a speaker who travels around the country, endorsed Trump.', ['cue "endorsed"', 'source "The former Heisman Trophy winner" anonymous']],
    ['However, Trump and Cruz said the plan failed.', ['cue "said"', 'source "Trump and Cruz" person']],
    ['After beating Hale, Cruz and Rubio said it was over.', ['cue "said"', 'source "Cruz and Rubio" person']],
    ['Jane Smith left. She’s not saying why.', ['cue "saying"', 'source "She" pronoun → Jane Smith']],
    // A pronoun that speaks next is the last speaker, not someone the speaker named; a name with a particle is whole.
    ['Pep Guardiola said Erling Haaland would have a scan. “I hope it is nothing,” he added.', ['cue "said"', 'source "Pep Guardiola" person', 'cue "added"', 'source "he" pronoun → Pep Guardiola']],
    ['The captain, Virgil van Dijk, was upbeat. He told reporters the race was open.', ['cue "told reporters"', 'source "He" pronoun → Virgil van Dijk']],
    ['John Kasich spoke. The Ohio Republican said he would stay.', ['cue "said"', 'source "The Ohio Republican" person → John Kasich']],
    ['A Democrat said it was over.', ['cue "said"', 'source "A Democrat" anonymous']],
    ['Tom Reyes spoke on Wall Street. He said it was over.', ['cue "said"', 'source "He" pronoun → Tom Reyes']],
    ['A Norvatek spokeswoman declined to comment on what she called “speculation.”', ['cue "declined"', 'source "A Norvatek spokeswoman" anonymous', 'cue "called"', 'source "she" pronoun → a Norvatek spokeswoman']],
    // The one unnamed person who spoke last in the paragraph, with no one named since.
    ['Tom Reyes told the BBC that shelters had opened. A spokesperson for the department said funds were flowing. “We are committed,” she said.', ['cue "told"', 'source "Tom Reyes" person', 'cue "said"', 'source "A spokesperson for the department" anonymous', 'cue "said"', 'source "she" pronoun → a spokesperson for the department']],
    ['Tom Reyes told the BBC that shelters had opened. A reporter asked Reyes how he was feeling. He replied that he was tired.', ['cue "told"', 'source "Tom Reyes" person', 'cue "asked"', 'source "A reporter" anonymous', 'cue "replied"', 'source "He" pronoun → Tom Reyes']],
    ['“They waited too long,” said Pieter de Wit, a fund manager at Delta Capital. He added that the board owed an apology.', ['cue "said"', 'source "Pieter de Wit" person', 'cue "added"', 'source "He" pronoun → Pieter de Wit']],
    ['“It is over,” said Ann Lee, who works at Orvane Therapeutics. She added that it was sad.', ['cue "said"', 'source "Ann Lee" person', 'cue "added"', 'source "She" pronoun → Ann Lee']],
    // "he" and "she" never stand for someone the text calls "Ms." or "spokesman"; a name alone says nothing.
    ['Ms. Lee Epstein said Obama could name anyone. “It depends on how far he is willing to go,” she said. He said nothing.', ['cue "said"', 'source "Ms. Lee Epstein" person → Lee Epstein', 'cue "said"', 'source "she" pronoun → Lee Epstein', 'cue "said"', 'source "He" pronoun']],
    ['Jane Smith met Kremlin spokesman Dmitry Peskov. She said the talks failed.', ['cue "said"', 'source "She" pronoun → Jane Smith']],
    ['Jane Smith met Dmitry Peskov, the Kremlin spokesman. She said the talks failed.', ['cue "said"', 'source "She" pronoun → Jane Smith']],
    ["Mr. Daley spoke first. Mrs. Clinton's father grew up here, as she said.", ['cue "said"', 'source "she" pronoun']],
    ['Iowa is close, with a new survey finding that turnout fell.', ['cue "finding"', 'source "a new survey" document']],
    ['On Twitter, Jeb Bush called Trump “unhinged.”', ['cue "called"', 'source "Jeb Bush" person']],
    ['Tensions flare after Sanders calls Clinton unqualified.', ['cue "calls"', 'source "Sanders" person']],
    ['Lindsey Graham faulted the plan, which he believes will fail.', ['cue "believes"', 'source "he" pronoun → Lindsey Graham']],
    // A noun after a determiner though it can be a verb; a clause's own subject after a noun.
    ['Rain is coming, according to a forecast issued Monday.', ['cue "according to"', 'source "a forecast issued Monday" document']],
    ['Ukraine said it struck a boat, a claim Moscow has not confirmed.', ['cue "said"', 'source "Ukraine" organization', 'cue "confirmed"', 'source "Moscow" organization']],
    ['According to figures compiled by the Institute for the Study of War, Russia lost 12 ships.', ['cue "According to"', 'source "figures compiled by the Institute for the Study of War" document']],
    ['They reached a deal, according to people briefed on the talks.', ['cue "according to"', 'source "people briefed on the talks" anonymous']],
    ['It faces resistance, according to interviews with more than two dozen lawmakers.', ['cue "according to"', 'source "interviews with more than two dozen lawmakers" document']],
    ['According to “The Trumps: Three Generations,” by Gwenda Blair, Trump told his father.', ['cue "According to"', 'source "The Trumps: Three Generations,” by Gwenda Blair" document → The Trumps: Three Generations', 'cue "told"', 'source "Trump" person', 'via "The Trumps: Three Generations,” by Gwenda Blair"']],
    ['Growth will slow, according to the bank’s latest forecasts.', ['cue "according to"', 'source "the bank’s latest forecasts" document']],
    ['Scans on Thursday confirmed ligament damage.', ['cue "confirmed"', 'source "Scans" document']],
    ['The chief executive told investors on a conference call that prices would fall.', ['cue "told"', 'source "The chief executive" anonymous']],
    ['Two Florida lawmakers have been vocal in their criticism of Trump.', ['cue "been vocal"', 'source "Two Florida lawmakers" anonymous']],
    ['The rabbis were alarmed about his rhetoric.', ['cue "were alarmed"', 'source "The rabbis" anonymous']],
    ['Insurers have been reluctant to cover the drugs.', ['cue "been reluctant"', 'source "Insurers" organization']],
    ['Trump is endorsed by fewer publications.', ['cue "endorsed"', 'source "fewer publications" organization']],
    ['Trump gave his blessing, according to court documents reported previously by The Post.', ['cue "according to"', 'source "court documents reported previously by The Post" document']],
    ['A petition signed by 60 residents asks the council to act.', ['cue "asks"', 'source "A petition signed by 60 residents" document']],
    ['Economists polled by Reuters had expected growth of 0.2 percent.', ['cue "expected"', 'source "Economists polled by Reuters" anonymous']],
    ['Most voters surveyed in a new poll released Monday say the economy matters most.', ['cue "say"', 'source "Most voters surveyed in a new poll released Monday" anonymous']],
    ['The voters surveyed in a poll released Monday said they back Clinton.', ['cue "said"', 'source "The voters surveyed in a poll released Monday" anonymous']],
    ['A witness interviewed by congressional staff said the head of the division gave the order.', ['cue "said"', 'source "A witness interviewed by congressional staff" anonymous']],
    ['A report by the Economic Policy Institute, a think tank, estimated that wages would rise.', ['cue "estimated"', 'source "A report by the Economic Policy Institute" document']],
    ['Republicans in the legislature have vowed to block the bill.', ['cue "vowed"', 'source "Republicans in the legislature" anonymous']],
    ['Business groups were quick to push back.', ['cue "were quick"', 'source "Business groups" organization']],
    ['Conservative outside groups said the plan failed.', ['cue "said"', 'source "Conservative outside groups" organization']],
    ['The online retail giant reported a profit of $1.78 per share.', ['cue "reported"', 'source "The online retail giant" organization']],
    ['The opposition, meanwhile, rejected the budget.', ['cue "rejected"', 'source "The opposition" organization']],
    ['Critics blame the city, a charge the council denies.', ['cue "blame"', 'source "Critics" anonymous', 'cue "denies"', 'source "the council" organization']],
    // "who" marks a described subject; a phrase with a verb in it is not an inverted speaker.
    ['One woman, who asked not to be named, said police came.', ['cue "asked"', 'source "who" pronoun → One woman', 'cue "said"', 'source "One woman" anonymous']],
    // A clause after "after" is no phrase of time to look past; a short phrase after it is.
    ['Shares fell on Friday after the company cut its profit forecast.', []],
    ['Trump after the debate said he won.', ['cue "said"', 'source "Trump" person']],
    ['She briefed analysts on a conference call that ran late.', ['cue "briefed"', 'source "She" pronoun']],
    // A form that is often a noun is the verb when an object or a clause follows it.
    ['The lawsuit demands his reinstatement.', ['cue "demands"', 'source "The lawsuit" document']],
    ['The Senate report that came out was long.', []],
    ['It is a deal which he estimates will not expire for years.', ['cue "estimates"', 'source "he" pronoun']],
    ['It should be obvious that voters want it.', ['cue "want"', 'source "voters" anonymous']],
    ['He starred in the reality TV show that ran for years.', []],
    ['She moved to Egypt years ago, per CTV News.', ['cue "per"', 'source "CTV News" organization']],
    ['Prices rose 5 per cent, or $2 per share.', []],
    ['Bush took just 6 percent in a Fox News poll released Sunday.', ['cue "in"', 'source "a Fox News poll released Sunday" document']],
    ['In an NBC News/Wall Street Journal poll, half backed her.', ['cue "In"', 'source "an NBC News/Wall Street Journal poll" document']],
    ['In a Des Moines Register poll last month, Cruz led.', ['cue "In"', 'source "a Des Moines Register poll" document']],
    ['Sanders has sagged in the polls.', []],
    ['The calendars maintained by her aides were released.', []],
    ['He opposed the outside groups known as super PACs.', ['cue "opposed"', 'source "He" pronoun']],
    ['He has not always known that it failed.', ['cue "known"', 'source "He" pronoun']],
    ['He painted the fence.', []],
    ['He painted Clinton as a liar.', ['cue "painted"', 'source "He" pronoun']],
    ['Polls show Clinton leading.', ['cue "show"', 'source "Polls" document']],
    ['The most recent polling in Florida shows Rubio closing the gap.', ['cue "shows"', 'source "The most recent polling in Florida" document']],
    ['The survey, conducted by the Public Policy Institute of California, finds Clinton with only a small lead.', ['cue "finds"', 'source "The survey" document']],
    ['Soon, he found the area welcoming.', ['cue "found"', 'source "he" pronoun']],
    ['It shows an officer aiming a gun at the man.', ['cue "shows"', 'source "It" pronoun']],
    ['His agents found them during the inquiry.', []],
    ['I find his message chilling.', ['cue "find"', 'source "I" pronoun']],
    ['But Mr. Romney found it difficult in 2012 to overcome a deficit.', ['cue "found"', 'source "Mr. Romney" person → Romney']],
    ['Facebook found the posting and removed it.', []],
    ['Forbes lists David and Charles Koch with just under $40 billion each.', ['cue "lists"', 'source "Forbes" organization']],
    ['Romney also listed Trump\'s personal qualities.', ['cue "listed"', 'source "Romney" person']],
    ['Another slide shows that eight of 10 avocados come from Mexico.', ['cue "shows"', 'source "Another slide" document']],
    ['“He was denied his rights,” the suit reads.', ['cue "reads"', 'source "the suit" document']],
    ['The movie shows Bob wanting to stay behind.', ['cue "shows"', 'source "The movie" document']],
    ['Some party figures concluded it was too late.', ['cue "concluded"', 'source "Some party figures" anonymous']],
    ['The figures show a rise.', ['cue "show"', 'source "The figures" document']],
    ['Trump indicated that an apology was due.', ['cue "indicated"', 'source "Trump" person']],
    ['Christie, the governor, repeated accusations that Rubio recites lines.', ['cue "repeated"', 'source "Christie" person']],
    ['He continued the drive north.', []],
    // The speaker of "…, saying": the sentence's subject, past openers of time and place and a dateline.
    ['The day before, at a rally in Beaumont, Tex., Mr. Trump was blunt, claiming that Obama lied.', ['cue "claiming"', 'source "Mr. Trump" person → Trump']],
    ['In Flint, Mich., the mayor spoke, saying no.', ['cue "saying"', 'source "the mayor" anonymous']],
    ['She escalated her criticism on Tuesday, telling CNN that Trump is a faker.', ['cue "criticism"', 'source "She" pronoun', 'cue "telling"', 'source "She" pronoun']],
    ['Clinton has to fend off Trump and Sanders, said Brad Bannon, a pollster.', ['cue "said"', 'source "Brad Bannon" person']],
    // A cue in a "who" aside speaks for the aside only; the clause after ", but" has its own subject.
    ['Still, Petrilli, who thinks the law is a power grab, called it weak.', ['cue "thinks"', 'source "who" pronoun → Petrilli', 'cue "called"', 'source "Petrilli" person']],
    ['Mr. Trump, who said the judge was biased, issued a statement saying he was misunderstood.', ['cue "said"', 'source "who" pronoun → Trump', 'cue "saying"', 'source "Mr. Trump" person → Trump']],
    ['It was a long shot, but Sanders was in San Diego, emphasizing the state.', ['cue "emphasizing"', 'source "Sanders" person']],
    ['Jeb Bush in a Medium post said he would spend more.', ['cue "said"', 'source "Jeb Bush" person']],
    ['Last week in Iowa the senator said no.', ['cue "said"', 'source "the senator" anonymous']],
    ['“You may lose a half,” said one Trump confidant.', ['cue "said"', 'source "one Trump confidant" anonymous']],
    // Participles: after a quotation closed with two apostrophes, after a modal with an object, after a noun.
    ["He called China ''provocative,'' accusing it of bullying.", ['cue "called"', 'source "He" pronoun', 'cue "accusing"', 'source "He" pronoun']],
    ['NBC News will accuse you of lying.', ['cue "accuse"', 'source "NBC News" organization']],
    ['People briefed on the move said that it reflected his view.', ['cue "said"', 'source "People briefed on the move" anonymous']],
    ['Sanders said, going on to say that the country had spent a lot.', ['cue "said"', 'source "Sanders" person', 'cue "say"', 'source "Sanders" person']],
    // A party and state dotted after a name; a new clause's own belief; a time after a group; "her thinking".
    ['Rep. Chris Collins, R-N.Y., noted in a column that the poll was off.', ['cue "noted in a column"', 'source "Rep. Chris Collins" person → Chris Collins']],
    ['I think somebody has to start, and I think the public will respond.', ['cue "think"', 'source "I" pronoun', 'cue "think"', 'source "I" pronoun']],
    ['Clinton defenders today argue that this was the best deal.', ['cue "argue"', 'source "Clinton defenders" anonymous']],
    ['People familiar with her thinking say she is tired.', ['cue "say"', 'source "People familiar with her thinking" anonymous']],
    ['The former first lady calls it her responsibility gene.', ['cue "calls"', 'source "The former first lady" anonymous']],
    ['A union representing flight attendants endorsed Hillary Clinton.', ['cue "endorsed"', 'source "A union representing flight attendants" organization']],
    ['Majorities across the political spectrum favor a path to citizenship.', ['cue "favor"', 'source "Majorities across the political spectrum" anonymous']],
    ['The Turkish government claims Gulen runs a network.', ['cue "claims"', 'source "The Turkish government" organization']],
    ['She met with lawyers; one suggested she marry an American.', ['cue "suggested"', 'source "one" anonymous']],
    ["Fiorina's team denied that she would accept.", ['cue "denied"', 'source "Fiorina\'s team" organization']],
    ['Thirty-nine percent of all Americans viewed him favorably.', ['cue "viewed"', 'source "Thirty-nine percent of all Americans" anonymous']],
    ['“Out!” the crowd yelled.', ['cue "yelled"', 'source "the crowd" anonymous']],
    ['A growing number of Democratic senators support the reform.', ['cue "support"', 'source "A growing number of Democratic senators" anonymous']],
    ['Brazilian police charge the swimmer with filing a false report.', ['cue "charge"', 'source "Brazilian police" organization']],
    ['Germany views itself as a leader.', ['cue "views"', 'source "Germany" organization']],
    ['When a young boy shouted, “Look!” the crowd laughed.', ['cue "shouted"', 'source "a young boy" anonymous']],
    ['The police charges were dropped.', []],
    ['He said his attacks on Trump had worked and said that Trump did not answer.', ['cue "said"', 'source "He" pronoun', 'cue "said"', 'source "He" pronoun']],
    ['Though everyone agrees it was flawed, some critics fear the new law will fail.', ['cue "agrees"', 'source "everyone" anonymous', 'cue "fear"', 'source "some critics" anonymous']],
    ['Clinton says that, if elected, she wants to win.', ['cue "says"', 'source "Clinton" person']],
    ['Right-wing parties threaten to jam the mainstream.', ['cue "threaten"', 'source "Right-wing parties" organization']],
    ['For instance, some analyses suggest that it helps.', ['cue "suggest"', 'source "some analyses" document']],
    // "In declaring…, the pope": a clause opening the sentence belongs to the subject after it.
    ['In declaring his words “not Christian,” the pope waded into the race.', ['cue "declaring"', 'source "the pope" anonymous']],
    ['After criticizing Clinton, Trump turned to trade.', ['cue "criticizing"', 'source "Trump" person']],
    ['Mr. Sanders, after initially saying he would not advertise, bought time.', ['cue "saying"', 'source "Mr. Sanders" person → Sanders']],
    ['Obama began by essentially telling progressives to quit.', ['cue "telling"', 'source "Obama" person']],
    ['While campaigning in Iowa, Cruz met voters.', []],
    ['Trump has been the most aggressive in denouncing the media.', ['cue "denouncing"', 'source "Trump" person']],
    ['The other candidate on the stage, Gov. Ann Reyes, drew a contrast, saying the plan was too costly.', ['cue "saying"', 'source "Gov. Ann Reyes" person → Ann Reyes']],
    ['Sanders’s campaign manager, Jeff Weaver, appeared on MSNBC, writing that the race was open.', ['cue "writing"', 'source "Jeff Weaver" person']],
    ['Ever since she endorsed Mrs. Clinton, Ms. Warren has been a surrogate, attacking Mr. Trump.', ['cue "endorsed"', 'source "she" pronoun', 'cue "attacking"', 'source "Ms. Warren" person → Warren']],
    ['Christie unleashed attacks against Rubio, and Christie’s aide tripped up Rubio by calling him out.', ['cue "attacks"', 'source "Christie" person', 'cue "calling"', 'source "Christie’s aide" anonymous']],
    ['She declined to claim victory - only saying that she was relieved.', ['cue "declined"', 'source "She" pronoun', 'cue "saying"', 'source "She" pronoun']],
    ['Sen. Bernie Sanders repeated his time-honored tradition of tweeting about the debates.', ['cue "tweeting"', 'source "Sen. Bernie Sanders" person → Bernie Sanders']],
    ['Trump, the star of the show “The Apprentice,” said that it was fine.', ['cue "said"', 'source "Trump" person']],
    ['The mayor has endured criticism for telling voters that taxes would rise.', ['cue "telling voters"', 'source none']],
    ['A guy won by spending no money, running no ads, and just saying what he believed.', ['cue "saying"', 'source "A guy" anonymous']],
    ['Last week proved nothing, and he kept talking and never admitting he was wrong.', ['cue "kept talking"', 'source "he" pronoun', 'cue "admitting"', 'source "he" pronoun']],
    ['This dynamic of heightened antagonism means shouting loudly and demanding more.', []],
    ['Prosecutors charged the officer and Emanuel fired his chief, acknowledging that mistakes were made.', ['cue "charged"', 'source "Prosecutors" anonymous', 'cue "acknowledging"', 'source "Emanuel" person']],
    ['He vowed to ban them, declined to criticize Duke, and most recently defended the image.', ['cue "vowed"', 'source "He" pronoun', 'cue "declined"', 'source "He" pronoun', 'cue "defended"', 'source "He" pronoun']],
    ['Then he cut into Bush, calling him a stiff and accusing him of acting like a child.', ['cue "calling"', 'source "he" pronoun', 'cue "accusing"', 'source "he" pronoun']],
    ['The judge rubbed his chin, and then said something strange.', ['cue "said"', 'source "The judge" anonymous']],
    ['Officials who spoke said the talks had failed.', ['cue "said"', 'source "Officials" anonymous']],
    ['But some who advocate free speech argue it is wrong.', ['cue "argue"', 'source "some" anonymous']],
    ['It is a candidate who many party members strongly oppose.', ['cue "oppose"', 'source "many party members" anonymous']],
    ['SkyJet apologized on Sunday.', ['cue "apologized"', 'source "SkyJet" organization']],
    ['Jim VandeHei said it was over.', ['cue "said"', 'source "Jim VandeHei" person']],
    ['McCain said it was over.', ['cue "said"', 'source "McCain" person']],
    ['The manufacturer, Pharmagen, has said it can make more.', ['cue "said"', 'source "Pharmagen" organization']],
    ['Malaria killed 600,000 people in 2022, the WHO says.', ['cue "says"', 'source "the WHO" organization → WHO']],
    ['Local GOP leaders who’d rather be campaigning for Rubio said they had rallied.', ['cue "said"', 'source "Local GOP leaders" anonymous']],
    ['It was then that Michael Bloomberg, who’s thinking about running, said it was impossible.', ['cue "thinking"', 'source "who" pronoun → Michael Bloomberg', 'cue "said"', 'source "Michael Bloomberg" person']],
    ['Even Republicans who have praised his candidacy warned that the plan would fail.', ['cue "praised"', 'source "who" pronoun → Republicans', 'cue "warned"', 'source "Republicans" anonymous']],
    ['Sanders, who endorsed Canova and said he would campaign, spoke.', ['cue "endorsed"', 'source "who" pronoun → Sanders', 'cue "said"', 'source "who" pronoun → Sanders']],
    ['A month later, he visited the border in Laredo, Texas and explained why it mattered.', ['cue "explained"', 'source "he" pronoun']],
    ['Carson took the stage Tuesday at the Grand Hotel and called the system rotten.', ['cue "called"', 'source "Carson" person']],
    ['Trump called her a liar.', ['cue "called"', 'source "Trump" person']],
    ['Beruff would push to abolish the department.', ['cue "push"', 'source "Beruff" person']],
    ['His opponent, Kevin Oyelaran, played down its importance.', ['cue "played down"', 'source "Kevin Oyelaran" person']],
    ['Glenn Beck doubled down on his rhetoric.', ['cue "doubled down on"', 'source "Glenn Beck" person']],
    ['A campaign official later walked back the comments.', ['cue "walked back"', 'source "A campaign official" anonymous']],
    ['Arizona Sen. John McCain distanced himself from President Bush.', ['cue "distanced himself from"', 'source "Arizona Sen. John McCain" person → John McCain']],
    ['When Borger brought up the fact, he laughed.', ['cue "brought up"', 'source "Borger" person']],
    ['A staffer emailed Mills the list of attendees.', ['cue "emailed"', 'source "A staffer" anonymous']],
    ['Other Republicans echoed those comments.', ['cue "echoed"', 'source "Other Republicans" anonymous']],
    ['Biden, echoing Erdogan, called on Kurds to stay.', ['cue "echoing"', 'source "Biden" person', 'cue "called on"', 'source "Biden" person']],
    ['The RNC sent out an agenda for the meeting.', ['cue "sent out"', 'source "The RNC" organization → RNC']],
    ['Trump made no mention of Clinton.', ['cue "made no mention of"', 'source "Trump" person']],
    ['He cast doubt on the official unemployment rate.', ['cue "cast doubt on"', 'source "He" pronoun']],
    ['The White House took credit for the result.', ['cue "took credit for"', 'source "The White House" organization → White House']],
    ['Grayson would support later school start times.', ['cue "support"', 'source "Grayson" person']],
    ['Tester voted against a background checks proposal.', ['cue "voted"', 'source "Tester" person']],
    ['Fifty-six percent would vote for Clinton.', ['cue "vote"', 'source "Fifty-six percent" anonymous']],
    ['Black voters, in particular, overwhelmingly support the president.', ['cue "support"', 'source "Black voters" anonymous']],
    ['His opponent, Rep. Alan Grayson, would support later start times.', ['cue "support"', 'source "Rep. Alan Grayson" person → Alan Grayson']],
    ['It would respond.', []],
    ['“She has been in the room,” he will say.', ['cue "say"', 'source "he" pronoun']],
    ['It would respond in time.', []],
    ['Trump spoke favorably of Putin.', ['cue "spoke favorably of"', 'source "Trump" person']],
    ['Trump called Wednesday for Ginsburg to resign.', ['cue "called Wednesday for"', 'source "Trump" person']],
    ['Ayotte would not rule out a change.', ['cue "rule out"', 'source "Ayotte" person']],
    ['Gorka also made the point that Clinton was wrong.', ['cue "made the point"', 'source "Gorka" person']],
    ['Voters hate the plan.', ['cue "hate"', 'source "Voters" anonymous']],
    ['Cruz called them on it.', ['cue "called"', 'source "Cruz" person']],
    ['He did not name his rivals but did note that he had won.', ['cue "note"', 'source "He" pronoun']],
    ['Trump demands transparency, yet refuses to release his tax records.', ['cue "demands"', 'source "Trump" person', 'cue "refuses to release"', 'source "Trump" person']],
    ['Clinton has nevertheless called his vote an irresponsible one.', ['cue "called"', 'source "Clinton" person']],
    ['He faced threats and calls for his resignation.', []],
    ['He smiled, called the report absurd, and left.', ['cue "called"', 'source "He" pronoun']],
    ['Trump kept his campaign promise.', []],
    ["Other Republicans joined Pence's call for a special prosecutor.", ['cue "call for"', 'source "Pence\'s" person → Pence']],
    ['A dejected Obama said it was over.', ['cue "said"', 'source "A dejected Obama" person → Obama']],
    ['Sources close to her campaign say she will run.', ['cue "say"', 'source "Sources close to her campaign" anonymous']],
    ['If you want to understand the vote, look at the map.', []],
    ['In Florida, developers see golf courses as wasted space.', ['cue "see"', 'source "developers" anonymous']],
    ['The GOP contenders agree that standards belong to the states.', ['cue "agree"', 'source "The GOP contenders" anonymous']],
    ['The intelligence community has concluded that the files were secret.', ['cue "concluded"', 'source "The intelligence community" organization']],
    ['The board saw Fiorina, then 44, as the right leader.', ['cue "saw"', 'source "The board" organization']],
    // Likening one to another is a cue; a comparison of figures is not.
    ['The senator compared the plan to a root canal.', ['cue "compared"', 'source "The senator" anonymous']],
    ['Trump won 20 percent of the vote compared with 68 percent for Clinton.', []],
    ['Clinton is backed by 520 delegates compared with 39 for Sanders.', ['cue "backed"', 'source "520 delegates" anonymous']],
    // Attacking in words is a cue; attacking by force is not.
    ['Clinton attacked Trump over his tax returns.', ['cue "attacked"', 'source "Clinton" person']],
    ['She has been attacked by the mayor on Twitter.', ['cue "attacked"', 'source "the mayor" anonymous']],
    ['Gunmen attacked the embassy at dawn.', []],
    ['The compound was attacked by Islamic terrorists.', []],
    ['The attack killed 12 people.', []],
    ['Christie unleashed withering attacks against Rubio in the debate.', ['cue "attacks"', 'source "Christie" person']],
    // A statement the subject utters, or does something with, is the subject's; one met with is others'.
    ['President Barack Obama sounded a call for the country to accept more refugees.', ['cue "call for"', 'source "President Barack Obama" person → Barack Obama']],
    ['Ms. Warren roused the crowd with criticism of the developer.', ['cue "criticism"', 'source "Ms. Warren" person → Warren']],
    ['The organizers have grappled with calls for a boycott.', ['cue "calls"', 'source none']],
    ['The mayor on Thursday stepped up her attacks on the council.', ['cue "attacks"', 'source "The mayor" anonymous']],
    ['Cruz reboots his attacks on Trump.', ['cue "attacks"', 'source "Cruz" person']],
    // (A liking of what someone claimed reports the claim as its object, as "condemned Trump's call for a ban" does.)
    ['Voters liked his claim that taxes would fall.', ['cue "liked"', 'source "Voters" anonymous']],
    ['His claim that taxes would fall drew laughs.', ['cue "claim"', 'source "His" pronoun']],
    ['She fanned controversy over her remark that there is a special place for them.', ['cue "remark"', 'source "her" pronoun']],
    ['His boast that he would win drew laughs.', ['cue "boast"', 'source "His" pronoun']],
    ['Militants launched an attack on the base.', []],
    ['The senator paused, then added that he was ready.', ['cue "added"', 'source "The senator" anonymous']],
    ['As the crowd began to chant, Silverman was joined on stage and joked, “You are ridiculous.”', ['cue "began to chant"', 'source "the crowd" anonymous', 'cue "joked"', 'source "Silverman" person']],
    ['Kasich offered the man a job, then says he will take advice.', ['cue "offered"', 'source "Kasich" person', 'cue "says"', 'source "Kasich" person']],
    ['Norah Dunn, who was off-screen, then asked, “Really?”', ['cue "asked"', 'source "Norah Dunn" person']],
    ['Voters see Sanders as an agent in Clinton’s decline, arguing that his attacks hurt.', ['cue "see"', 'source "Voters" anonymous', 'cue "arguing"', 'source "Voters" anonymous']],
    ['Ortiz respects the council and calls her a fine leader.', ['cue "calls"', 'source "Ortiz" person']],
    ["China's state-owned investment giant CITIC runs an oil field and says it has set up a fund.", ['cue "says"', 'source "China\'s state-owned investment giant CITIC" organization → CITIC']],
    ['He backed Rubio in the hope of derailing Trump.', ['cue "backed"', 'source "He" pronoun', 'cue "in the hope"', 'source "He" pronoun']],
    ['In the hope of peace, the talks resumed.', []],
    ['Following the vote, Clinton took the stage, referencing her rival.', ['cue "referencing"', 'source "Clinton" person']],
    ['The jobs report cheered Democrats hoping to keep the White House.', ['cue "hoping"', 'source "Democrats" anonymous']],
    // People or a body for or against someone: the participle is their stance.
    ['He gave $10 million to a group backing Bush.', ['cue "backing"', 'source "a group" organization']],
    ['Senators supporting the bill have said they have the votes.', ['cue "supporting"', 'source "Senators" anonymous', 'cue "said"', 'source "Senators supporting the bill" anonymous']],
    ['The band played songs supporting the strike.', []],
    ['Right to Rise, the super PAC supporting Jeb Bush, spent $1.2 million.', ['cue "supporting"', 'source "the super PAC" organization']],
    ['He gave $3 million to a group backing former Arkansas Gov. Mike Huckabee.', ['cue "backing"', 'source "a group" organization']],
    ['The spectacle sent shudders through those supporting Clinton.', ['cue "supporting"', 'source "those" anonymous']],
    ['The Council failed over Syria, with Russia backing the government.', ['cue "backing"', 'source "Russia" organization']],
    ['Gaby gave $50,000 to a super PAC backing Bobby Jindal, and Arnott poured money into groups backing Ted Cruz.', ['cue "backing"', 'source "a super PAC" organization', 'cue "backing"', 'source "groups" organization']],
    ['Those writing checks of $2,700 were few.', []],
    ['He met one pastor supporting Mr. Cruz in the town.', ['cue "supporting"', 'source "one pastor" anonymous']],
    ['Republicans are looking to do the same, hoping that they can win.', ['cue "looking to"', 'source "Republicans" anonymous', 'cue "hoping"', 'source "Republicans" anonymous']],
    ['He favors right-to-work laws and opposes a federal minimum wage increase.', ['cue "favors"', 'source "He" pronoun', 'cue "opposes"', 'source "He" pronoun']],
    ['Clinton says she wants a raise and supports a tax cut.', ['cue "says"', 'source "Clinton" person']],
    // A side taken in a relative clause ends with its object: the verb after it is the noun's own.
    ['Republicans who oppose the deal want a vote.', ['cue "oppose"', 'source "who" pronoun → Republicans', 'cue "want"', 'source "Republicans" anonymous']],
    ['Critics who opposed the deal now believe it is working.', ['cue "opposed"', 'source "who" pronoun → Critics', 'cue "believe"', 'source "Critics" anonymous']],
    ['Grayson argued that the group should not endorse Randolph.', ['cue "argued"', 'source "Grayson" person']],
    ['“It fails,” said Elmendorf, who supports Clinton.', ['cue "said"', 'source "Elmendorf" person', 'cue "supports"', 'source "who" pronoun → Elmendorf']],
    ['Marsh said the slowdown was temporary, but analysts at Barclays now expect revenue to fall.', ['cue "said"', 'source "Marsh" person', 'cue "expect"', 'source "analysts at Barclays" anonymous']],
    ['Trump says the war was a mistake, although he supports keeping troops there.', ['cue "says"', 'source "Trump" person', 'cue "supports"', 'source "he" pronoun → Trump']],
    // A quantifier over a group, or standing for one.
    ['Ultimately Prager thinks their logic is flawed.', ['cue "thinks"', 'source "Prager" person']],
    ['Yang Shu, director of the institute, calls Horgos “a mistake.”', ['cue "calls"', 'source "Yang Shu" person']],
    ['Trump questions the fairness of the moderators.', ['cue "questions"', 'source "Trump" person']],
    ['Two-thirds support reducing the sentences.', ['cue "support"', 'source "Two-thirds" anonymous']],
    ['Some 5 percent back Johnson and 1 percent support Stein.', ['cue "back"', 'source "Some 5 percent" anonymous', 'cue "support"', 'source "1 percent" anonymous']],
    ['Most blame his supporters and 22 percent say he is not at all responsible.', ['cue "blame"', 'source "Most" anonymous', 'cue "say"', 'source "22 percent" anonymous']],
    ['About 6 in 10 white men supported Sanders.', ['cue "supported"', 'source "About 6 in 10 white men" anonymous']],
    ['One in five voters said no.', ['cue "said"', 'source "One in five voters" anonymous']],
    ['In one ad, a narrator reminds viewers that Sanders marched.', ['cue "reminds"', 'source "a narrator" anonymous']],
    ['Both said the plan failed.', ['cue "said"', 'source "Both" anonymous']],
    ['Republican figures — whose party was once disciplined — both suggested the writer be fired.', ['cue "suggested"', 'source "Republican figures" anonymous']],
    ['On Social Security, both oppose the formula.', ['cue "oppose"', 'source "both" anonymous']],
    ['They both said the plan failed.', ['cue "said"', 'source "They" pronoun']],
    ['He and Rep. Bob Goodlatte (R-Va.) both condemned the program.', ['cue "condemned"', 'source "He and Rep. Bob Goodlatte (R-Va.)" person → Bob Goodlatte']],
    ['Some of the women said they had left.', ['cue "said"', 'source "Some of the women" anonymous']],
    ['Another said he hoped Trump wins.', ['cue "said"', 'source "Another" anonymous']],
    // Multi-word cues.
    ['The ministry said in a statement that it would respond.', ['cue "said in a statement"', 'source "The ministry" organization']],
    // Who has seen a document reports nothing of it; the document speaks.
    ['A draft of the report, seen by the BBC, says the program failed.', ['cue "says"', 'source "A draft of the report" document']],
    ['An official told reporters on a conference call that the sanctions would end.', ['cue "told reporters on a conference call"', 'source "An official" anonymous']],
    ['Smith wrote in a post on Facebook that he was leaving.', ['cue "wrote in a post"', 'source "Smith" person']],
    ['According to Reuters, the talks collapsed.', ['cue "According to"', 'source "Reuters" organization']],
    ['Smith pointed out that nobody came.', ['cue "pointed out"', 'source "Smith" person']],
    ['Smith made it clear that he would stay.', ['cue "made it clear"', 'source "Smith" person']],
    ['As Smith put it, the plan is dead.', ['cue "put it"', 'source "Smith" person']],
    ['The mayor has stayed quiet, arguing that the law is clear.', ['cue "arguing"', 'source "The mayor" anonymous']],
    // Belief and estimate cues.
    ['Economists believe the slump will end.', ['cue "believe"', 'source "Economists" anonymous']],
    ['The agency estimated that 40 people died.', ['cue "estimated"', 'source "The agency" organization']],
    // Documents.
    ['The report found that prices rose.', ['cue "found"', 'source "The report" document']],
    ['Court filings show the firm knew.', ['cue "show"', 'source "Court filings" document']],
    ['A new study suggests the drug works.', ['cue "suggests"', 'source "A new study" document']],
    ['An analysis by Politifact of elections since 1972 showed the party won.', ['cue "showed"', 'source "An analysis by Politifact of elections since 1972" document']],
    ['The report published Tuesday showed that prices rose.', ['cue "showed"', 'source "The report published Tuesday" document']],
    ['American officials hope the technology works.', ['cue "hope"', 'source "American officials" anonymous']],
    // Anonymous and vague sources.
    ['Officials said the border was closed.', ['cue "said"', 'source "Officials" anonymous']],
    ['A person familiar with the matter said talks had stalled.', ['cue "said"', 'source "A person familiar with the matter" anonymous']],
    ['Critics say the law goes too far.', ['cue "say"', 'source "Critics" anonymous']],
    // Pronouns resolve to the person last named.
    ['Jane Smith spoke first. She said the plan failed.', ['cue "said"', 'source "She" pronoun → Jane Smith']],
    // Surnames resolve to the full name first given.
    ['Dmitry Peskov told reporters it was over. Later Peskov said it was not.', ['cue "told reporters"', 'source "Dmitry Peskov" person', 'cue "said"', 'source "Peskov" person → Dmitry Peskov']],
    // A name never runs back into the paragraph before.
    ['The story first ran in Newsweek\nCampos said he had been shot. Campos added that he was fine.', ['cue "said"', 'source "Campos" person', 'cue "added"', 'source "Campos" person']],
    // A surname cited before the full name is given is the one person later named in full with it, not when two share it.
    ['Trump Says He Will Win. Donald Trump said on Monday that he would win.', ['cue "Says"', 'source "Trump" person → Donald Trump', 'cue "said"', 'source "Donald Trump" person']],
    ['Bernie said it first. Bernie Sanders told the crowd he would fight on.', ['cue "said"', 'source "Bernie" person → Bernie Sanders', 'cue "told the crowd"', 'source "Bernie Sanders" person']],
    ['Clinton said it. Bill Clinton said so, and Hillary Clinton said no.', ['cue "said"', 'source "Clinton" person', 'cue "said"', 'source "Bill Clinton" person', 'cue "said"', 'source "Hillary Clinton" person']],
    // A family name that comes first, a given name alone, a surname with its particles: the person named in full before.
    ['Xi Jinping told delegates the economy was strong. Xi said growth would recover.', ['cue "told"', 'source "Xi Jinping" person', 'cue "said"', 'source "Xi" person → Xi Jinping']],
    ['Hillary Clinton said she was ready. Later Hillary said she was tired.', ['cue "said"', 'source "Hillary Clinton" person', 'cue "said"', 'source "Hillary" person → Hillary Clinton']],
    ['Commission President Ursula von der Leyen said the bloc would act. Von der Leyen added that talks would go on.', ['cue "said"', 'source "Commission President Ursula von der Leyen" person → Ursula von der Leyen', 'cue "added"', 'source "Von der Leyen" person → Ursula von der Leyen']],
    // Second-hand chains.
    // A headline's "Source: claim", a group or a document as well as a name; a tally is no claim.
    ['Clinton camp: Trump’s rhetoric threatens national security.', ['cue ":"', 'source "Clinton camp" organization']],
    // A headline's clause with a cue of its own lends its source to the words after the colon.
    ['Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’ By Donald Trump.', ['cue "Endorses"', 'source "Carly Fiorina" person', 'cue ":"', 'source "Carly Fiorina" person']],
    // A place heading a list, a label or a handle after the colon is no one speaking.
    ['New Hampshire: Charlie Arlinghaus, Arnie Arnesen, Patrick Arnold.', []],
    ['Twitter: @Milbank.', []],
    ['Rubio: Finish second.', []],
    ['KATE BOLDUAN: Why not debate?', ['cue ":"', 'source "KATE BOLDUAN" person']],
    ['Will she be there? "MIKE PENCE: She will not be attending the debate.', ['cue ":"', 'source "MIKE PENCE" person']],
    ['EMAIL: fitcity@example.com.', []],
    // A colon right after a cue and its source is theirs; a verb of saying before the name is the cue.
    ['Reflecting on the views of Democrats today, Brown said: "They want more government."', ['cue "said"', 'source "Brown" person']],
    ['Said Ellis: “I don’t get the sense she is interested.”', ['cue "Said"', 'source "Ellis" person']],
    ['Continued Stone: “So I think it is a real problem.”', ['cue "Continued"', 'source "Stone" person']],
    ['Reflecting on the views of Democrats: "They want more government."', []],
    ['Poll: 3 battleground Senate races are tight.', ['cue ":"', 'source "Poll" document']],
    ['Good news: the market rose.', []],
    ['According to Opta, City have dropped points.', ['cue "According to"', 'source "Opta" organization']],
    ['Tom Reyes spoke. According to Reyes, the deal failed.', ['cue "According to"', 'source "Reyes" person → Tom Reyes']],
    ['Similar bans passed, according to the advocacy group Quiet Communities.', ['cue "according to"', 'source "the advocacy group Quiet Communities" organization → Quiet Communities']],
    ['The council banned blowers, a move backers say will cut noise.', ['cue "say"', 'source "backers" anonymous']],
    ['Peskov told the press, according to Reuters.', ['cue "told the press"', 'source "Peskov" person', 'via "Reuters"', 'cue "according to"', 'source "Reuters" organization']],
    // A document's maker is part of the document's phrase, not a source of its own.
    ['A study published by the institute found that wages fell.', ['cue "found"', 'source "A study published by the institute" document']],
    ['He resigned, according to a transcript published by the agency.', ['cue "according to"', 'source "a transcript published by the agency" document']],
    // Who publishes a document or an interview does not say what it says; a document "out" on a day is one released.
    ['The transcript, published by the Post, shows that she knew.', ['cue "shows"', 'source "The transcript" document']],
    ['Publishers are reprinting biographies published decades ago.', []],
    ['The envoy praised the deal in an interview published Saturday.', ['cue "praised"', 'source "The envoy" anonymous']],
    ['A Monmouth poll out Monday showed Clinton with a healthy lead.', ['cue "showed"', 'source "A Monmouth poll out Monday" document']],
    ['She compared the talks to a root canal, according to his memoir.', ['cue "compared"', 'source "She" pronoun', 'via "his memoir"', 'cue "according to"', 'source "his memoir" document']],
    // A past form with an object after an agent is the clause's verb, not a description of the agent.
    ['A memo written by Politico directed the staff to rank students.', ['cue "written"', 'source "Politico" organization']],
    // What a report carries of someone else's words comes through the report.
    ['It will act soon, according to two people briefed on the plan, who asked not to be named.', ['cue "according to"', 'source "two people briefed on the plan" anonymous', 'cue "asked"', 'source "who" pronoun → two people briefed on the plan']],
    ['The minister said he would resign, the agency reported.', ['cue "said"', 'source "The minister" anonymous', 'via "the agency"', 'cue "reported"', 'source "the agency" organization']],
    ['The Times reported that Smith said the plan failed.', ['cue "reported"', 'source "The Times" organization → Times', 'cue "said"', 'source "Smith" person', 'via "The Times"']],
    ['Marchers held roses, KING-TV reported, while the parade paused, the Sun-Times reported.', ['cue "reported"', 'source "KING-TV" organization', 'cue "reported"', 'source "the Sun-Times" organization → Sun-Times']],
    // Whom one answers to is no report; nor is everyone, "to a person".
    ['She wants a prosecutor who reports directly to the president.', ['cue "wants"', 'source "She" pronoun']],
    ['The inspector reports to the board every month.', []],
    ['He reported to the police that his car was stolen.', ['cue "reported"', 'source "He" pronoun']],
    ['To a person, they want to keep going.', ['cue "want"', 'source "they" pronoun']],
    // "quoted X as saying": X speaks, through whoever quotes X.
    ['The paper quoted a senior officer as saying morale had collapsed.', ['cue "quoted"', 'source "The paper" document', 'cue "as saying"', 'source "a senior officer" anonymous', 'via "The paper"']],
    ['Brand was quoted by Reuters as saying he would quit.', ['cue "quoted"', 'source "Reuters" organization', 'cue "as saying"', 'source "Brand" person', 'via "Reuters"']],
    ['Brand was quoted as saying he would quit.', ['cue "quoted as saying"', 'source "Brand" person']],
    ['She quoted Lincoln at length.', []],
    ['According to the BBC, the minister said he would resign.', ['cue "According to"', 'source "the BBC" organization → BBC', 'cue "said"', 'source "the minister" anonymous', 'via "the BBC"']],
    // Nouns of asserting, with whose they are and what they say.
    ["Trump's claim that he won was false.", ['cue "claim"', 'source "Trump\'s" person → Trump']],
    ['He renewed his criticism of Clinton.', ['cue "criticism"', 'source "He" pronoun']],
    ['He backed a ban on cloning, including one called therapeutic cloning.', ['cue "backed"', 'source "He" pronoun']],
    ['One lawmaker called Trump "the orange prince."', ['cue "called"', 'source "One lawmaker" anonymous']],
    ['“It is over,” he added to reporters.', ['cue "added"', 'source "he" pronoun']],
    ["Mr. Trump's pointed critique of the president's record drew applause.", ['cue "critique"', 'source "Mr. Trump\'s" person → Trump']],
    ['Swanson delivered his tirade against Harry Potter in a speech.', ['cue "delivered"', 'source "Swanson" person']],
    // A statement the text gives to no one is still marked, with no source.
    ['He resigned after allegations that he had lied to the board.', ['cue "allegations"', 'source none']],
    ['Organizers have grappled with calls for corporate boycotts.', ['cue "calls"', 'source none']],
    ['There is growing demand for fitness facilities, and the attacks on the consulate shocked them.', []],
    ['It was a claim that originated in a deposition.', []],
    ['Jane Smith spoke. She repeated her promise to repeal the law.', ['cue "repeated"', 'source "She" pronoun → Jane Smith']],
    ["Trump's vows to build a wall drew cheers.", ['cue "vows"', 'source "Trump\'s" person → Trump']],
    ['The question of money came up.', []],
    ["The council condemned Trump's call for a ban.", ['cue "condemned"', 'source "The council" organization']],
    ['His remarks echoed a warning from the central bank that rates would rise.', ['cue "echoed"', 'source "His remarks" document', 'cue "warning from"', 'source "the central bank" organization']],
    // After a bare comma only someone who can speak follows the verb as its speaker.
    ['Then Smith, only two months later, announced plans to retire.', ['cue "announced"', 'source "Smith" person']],
    ['The talks failed, said the minister.', ['cue "said"', 'source "the minister" anonymous']],
    ['"It is a costly model," said Will Doyle, a professor.', ['cue "said"', 'source "Will Doyle" person']],
    ['“It should hasten his eclipse,” Will wrote.', ['cue "wrote"', 'source "Will" person']],
    ['In particular, Will wrote, Christie can win.', ['cue "wrote"', 'source "Will" person']],
    ['"We will spend millions," said one Republican involved in the planning.', ['cue "said"', 'source "one Republican involved" anonymous']],
    ['"There never was an order," said the base chief known as Bob.', ['cue "said"', 'source "the base chief" anonymous']],
    ['County chairman Will Rogers, for example, said the visit mattered.', ['cue "said"', 'source "County chairman Will Rogers" person → Will Rogers']],
    // A poll names itself up to its head: "the polls over Cruz in Indiana" are no particular poll.
    ['Trump has a slight lead in the polls over Cruz in Indiana.', []],
    ['Clinton led by 5 points in a Fox poll.', ['cue "in"', 'source "a Fox poll" document']],
    // Where the speakers are, or a standing, is no citation of the poll.
    ['Police in Ohio said three people were hurt.', ['cue "said"', 'source "Police in Ohio" organization']],
    ['Some 20 percent of people in a recent CNN poll said they believe it.', ['cue "said"', 'source "Some 20 percent of people in a recent CNN poll" anonymous']],
    ['Donald Trump, the leader in Republican polls, tweeted that Obama had too little to say.', ['cue "tweeted"', 'source "Donald Trump" person']],
    // A past tense no list holds reports only before "that" opening a clause, not before "that" and a noun.
    ['This year, Democrats have lifted that prohibition.', []],
    ['The NYPD overruled that request, the source added.', ['cue "added"', 'source "the source" anonymous']],
    // A company or movement known by one name is an organisation, not a person's surname.
    ['Apple said it would appeal.', ['cue "said"', 'source "Apple" organization']],
    ['Hezbollah said its fighters would respond.', ['cue "said"', 'source "Hezbollah" organization']],
    // A document's long name runs on through "from" and "and", and a slash between names.
    ['Other recent polls from Monmouth University and CNN/ORC respectively show a 56% approval rating.', ['cue "show"', 'source "Other recent polls from Monmouth University and CNN/ORC" document']],
    ['Politicians have vouched for his record.', ['cue "vouched for"', 'source "Politicians" anonymous']],
    // Balking and bristling at something said is a stance.
    ['Christie bristled at the suggestion that he was responsible.', ['cue "bristled"', 'source "Christie" person']],
    ["City officials have since balked at the owner's proposal.", ['cue "balked"', 'source "City officials" anonymous']],
    // A quotation closing a participle's aside, then the verb: the name before the aside speaks.
    ["Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could win.", ['cue "citing"', 'source "Mr. Manafort" person → Manafort', 'cue "said"', 'source "Mr. Manafort" person → Manafort']],
    // A share of the people a relative pronoun stands for.
    ['It angered the families, many of whom say the claims are false.', ['cue "angered"', 'source "the families" anonymous', 'cue "say"', 'source "many of whom" anonymous']],
    // "inside" and "outside" after a determiner describe the noun; after a group, they place it.
    ['The plan, an inside source said, is to have volunteers.', ['cue "said"', 'source "an inside source" anonymous']],
    ['Officials inside the building said it was calm.', ['cue "said"', 'source "Officials inside the building" anonymous']],
    // An expectation no one in particular holds, past adverbs, and "as expected".
    ['The decision is widely expected to be unfavorable.', ['cue "is widely expected"', 'source none']],
    ['Fewer people signed up than expected.', ['cue "expected"', 'source none']],
    // Challenging someone to or over something, or a claim, reports a stance; running against someone does not.
    ['She criticized Singer and challenged him to a debate.', ['cue "criticized"', 'source "She" pronoun', 'cue "challenged"', 'source "She" pronoun']],
    ['Tim Canova is challenging Rep. Debbie Wasserman Schultz.', []],
    // Sharing a view or a story reports it; sharing shares or a microphone does not.
    ['Donald J. Trump shares this bleak view.', ['cue "shares"', 'source "Donald J. Trump" person']],
    ['Her view is shared by Sen. Elizabeth Warren.', ['cue "shared"', 'source "Sen. Elizabeth Warren" person → Elizabeth Warren']],
    ['Mr. Ackman first bought Valeant shares in 2014.', []],
    ['The two candidates shared a microphone.', []],
    // After a singular noun for a person, the -s form of a verb that is often a noun is the verb.
    ['The DNC chairman calls for a contingency plan.', ['cue "calls for"', 'source "The DNC chairman" anonymous']],
    ['The Republican presidential candidate plans to return on Saturday.', ['cue "plans"', 'source "The Republican presidential candidate" anonymous']],
    ['The agents take customer calls.', []],
    // An aside in brackets after a name may run long.
    ['Sen. Chris Murphy (a Democrat so boyish he has been mistaken for a junior staffer) says he was adrift.', ['cue "says"', 'source "Sen. Chris Murphy (a Democrat so boyish he has been mistaken for a junior staffer)" person → Chris Murphy']],
    // A weak verb reports a statement noun with its content: "repeated his promise to…".
    ['The candidate repeated his promise to repeal the orders.', ['cue "repeated"', 'source "The candidate" anonymous']],
    // After a determiner and an adjective, the base or -s form is a noun; "thanks to" is because of.
    ['One of his recent reads is a history of the war.', []],
    ['He worked on a 2010 recall of three justices.', []],
    ['The mental and emotional stress is constantly with me.', []],
    ['A Carrier executive tells employees the plant will close.', ['cue "tells"', 'source "A Carrier executive" anonymous']],
    ['The lead grew, thanks in part to her wins in Georgia.', []],
    // After "of" the base form is a noun; "as we know it" is how a thing stands.
    ['They have mixed feelings about the former secretary of state.', []],
    ['It is unclear whether there is a GOP, as we now know it, at all.', []],
    // "to" after a comma holds a view only before whom it seems so to, not before an infinitive.
    ['It could be spent on training, to provide workers with skills, or on services.', []],
    ['To many voters, the race is over.', ['cue "To"', 'source "many voters" anonymous']],
    // A headline of who speaks on what, then the words.
    ['CNN President On Trump: ‘We Do Not Pay Candidates To Appear.’', ['cue ":"', 'source "CNN President" person']],
    ['More on this: “It is bad.”', []],
    ['More from the report: “Vendors condition their panels.”', ['cue ":"', 'source "the report" document']],
    // Signs, banners and placards carry words.
    ['She hoisted a sign that read “15%!”', ['cue "read"', 'source "that" pronoun → a sign']],
    ['A banner read: “Stop the war.”', ['cue "read"', 'source "A banner" document']],
    // After a clause a subordinator opened, the main clause's subject stands before its auxiliary too.
    ['When the poll asked about the race, Clinton was supported by 42 percent of those responding.', ['cue "asked"', 'source "the poll" document', 'cue "supported"', 'source "42 percent of those responding" anonymous']],
    // Seeing that something is so holds a view; seeing a thing does not.
    ['All of a sudden, black voters saw that Obama could actually win.', ['cue "saw"', 'source "black voters" anonymous']],
    ['She saw that film twice.', []],
    // A word of degree inside a cue of a verb and its noun is part of it.
    ['Critics raised new questions about his health.', ['cue "raised new questions"', 'source "Critics" anonymous']],
    // Followers, fans, viewers and protesters are people who can speak.
    ["Her followers even questioned the star's identity.", ['cue "questioned"', 'source "Her followers" anonymous']],
    // After a name, an adverb may stand before the participle.
    ['The two had played nice, with Cruz repeatedly calling Trump his friend.', ['cue "calling"', 'source "Cruz" person']],
    // "and said" in a clause opened by "when" or "as": the clause's own subject.
    ['There were jabs, such as when Cruz knocked Rubio on trade and called him a moderate.', ['cue "knocked"', 'source "Cruz" person', 'cue "called"', 'source "Cruz" person']],
    ['The crowd cheered when Trump spotted a sign and asked it to be fetched.', ['cue "asked"', 'source "Trump" person']],
    ['Biden was apologetic when he visited Ankara, and even admitted he was late.', ['cue "admitted"', 'source "Biden" person']],
    // An aside that closes inside a quotation mark, or holds a quoted title or a relative clause's object.
    ['Marcel Lehel, the hacker known as “Guccifer,” stated that he had access.', ['cue "stated"', 'source "Marcel Lehel" person']],
    ['Ramos, who is promoting his book, “Sin Miedo,” downplayed his influence.', ['cue "promoting"', 'source "who" pronoun → Ramos', 'cue "downplayed"', 'source "Ramos" person']],
    ['The coach, speaking after the game, said his team deserved to lose.', ['cue "said"', 'source "The coach" anonymous']],
    ['Led by the council speaker, the rally denounced the ban.', ['cue "denounced"', 'source "the rally" anonymous']],
    ['Harry Bond, 30, of Raleigh, N.C., who was among those polled, said he was undecided.', ['cue "said"', 'source "Harry Bond" person']],
    ['The assessment, first reported by CNN, concludes that the missiles were Russian.', ['cue "reported"', 'source "CNN" organization', 'cue "concludes"', 'source "The assessment" document', 'via "CNN"']],
    // An aside between dashes with a cue of its own leaves the subject before it in reach.
    ['Joyce — who is listed as an attorney but does not practice law — told The Huffington Post he was not running.', ['cue "is listed"', 'source none', 'cue "told"', 'source "Joyce" person']],
    // An embedded post signed with its author's name and handle; a name, a dash, then the name's words.
    ['Why is he wearing that hat? #RINO — Ben Jacobs (@Bencjacobs) September 1, 2016', ['cue "—"', 'source "Ben Jacobs (@Bencjacobs)" person → Ben Jacobs']],
    ["Others agreed, including Mitt Romney -- ''It is disqualifying.''", ['cue "agreed"', 'source "Others" anonymous', 'cue "--"', 'source "Mitt Romney" person']],
    ["He admired leaders like Saddam Hussein - ''He would have loved Stalin,'' Mr. Biden said.", ['cue "said"', 'source "Mr. Biden" person → Biden']],
    ['NOW OPEN—“Pop-up art show strives to confront the past.”', []],
    // An -ing form before the noun it makes a compound with names a kind of thing.
    ['He spoke in the Pentagon briefing room on Monday.', []],
    ['Sexton, a creative writing professor, said he was worried.', ['cue "said"', 'source "Sexton" person']],
    ['It raised its growth forecast by 0.1 percentage points to 1.8 percent.', []],
    ['The data points to a slowdown.', ['cue "points to"', 'source "The data" document']],
    // After a modal the word is a verb, no part of the phrase after it.
    ['They will hold banners proclaiming that they won.', ['cue "proclaiming"', 'source "banners" document']],
    ['How will the voters regard the two parties then?', ['cue "regard"', 'source "the voters" anonymous']],
    // A list of what the subject did: the next verb is the subject's too.
    ['The State Department repeatedly obfuscated facts, admitted it withheld emails.', ['cue "admitted"', 'source "The State Department" organization → State Department']],
    ['Clinton, exasperated, famously responded that it made no difference.', ['cue "responded"', 'source "Clinton" person']],
    // An adverb may lead an opening phrase of time.
    ['Shortly after the merger, the founders mobilized, warning that the deal would hurt.', ['cue "warning"', 'source "the founders" anonymous']],
    // A group with the place it sits in, before an aside.
    ['Officials in Ohio, the state next door, announced new rules.', ['cue "announced"', 'source "Officials in Ohio" anonymous']],
    // "back" supports someone only with whom it backs: not "fired back", "backed down", "is back".
    ['Giuliani, who backs Trump, spoke on Monday.', ['cue "backs"', 'source "who" pronoun → Giuliani']],
    ['Sanders supporters will eventually back her.', ['cue "back"', 'source "Sanders supporters" anonymous']],
    ['The team flew back to Iowa.', []],
    ['The party eventually backed down.', []],
    ['He is back in Iowa.', []],
    ['In October, black voters were backing Clinton.', ['cue "backing"', 'source "black voters" anonymous']],
    // A document with whom it is to or from, or what it is about, speaks whole.
    ['A letter to committee members calls for the party to respond.', ['cue "calls for"', 'source "A letter to committee members" document']],
    ['A memo from the chief warns that cuts are coming.', ['cue "warns"', 'source "A memo from the chief" document']],
    // A reflexive after the subject stresses it: "Billionaires themselves disagree".
    ['Billionaires themselves often disagree with the figures.', ['cue "disagree"', 'source "Billionaires" anonymous']],
    // ", and" with a subject of its own opens a clause outside what came before.
    ['Democrats want more revenue, and Republicans want less.', ['cue "want"', 'source "Democrats" anonymous', 'cue "want"', 'source "Republicans" anonymous']],
    // The same adverbs stand inside the progressive and after an auxiliary.
    ["John Kasich's campaign is already claiming victory.", ['cue "claiming"', "source \"John Kasich's campaign\" organization"]],
    ['Donald Trump is once again questioning the vote.', ['cue "questioning"', 'source "Donald Trump" person']],
    // After a noun that labels what was said, a name opens a clause of its own.
    ["In a statement Gilani's lawyer said the case was closed.", ['cue "said"', "source \"Gilani's lawyer\" anonymous"]],
    ['It was a remark Clinton later called false.', ['cue "called"', 'source "Clinton" person']],
    ['The ministry issued a statement Tuesday saying the talks had failed.', ['cue "saying"', 'source "The ministry" organization']],
    ['The mayor has made several controversial statements on the matter.', ['cue "made several controversial statements on"', 'source "The mayor" anonymous']],
    ['Sanders is making an impassioned case to black leaders.', ['cue "making an impassioned case to"', 'source "Sanders" person']],
    ['The senator, who has often struggled, made no comment on the ruling.', ['cue "made no comment on"', 'source "The senator" anonymous']],
    ['The company made a profit on the deal.', []],
    ['His office put out a statement saying the talks had failed.', ['cue "saying"', 'source "His office" organization']],
    ['The campaign sent out a press release saying the mayor owes voters an apology.', ['cue "sent out"', 'source "The campaign" organization', 'cue "saying"', 'source "The campaign" organization']],
    // One shows one's own attitude; what a person shows is otherwise no evidence.
    ['So far, Sanders has shown little inclination to help.', ['cue "shown"', 'source "Sanders" person']],
    ['He showed the crowd a clip.', []],
    // A participle with its time or place describes the noun that speaks.
    ['A news report published Wednesday said Carter used email.', ['cue "said"', 'source "A news report published Wednesday" document']],
    ['A study published in the journal said the drug works.', ['cue "said"', 'source "A study published in the journal" document']],
    // After a name in the possessive, the -ing form is a noun: "Cruz's thinking".
    ["A source familiar with Cruz's thinking said it would fail.", ['cue "said"', "source \"A source familiar with Cruz's thinking\" anonymous"]],
    ["He's thinking about it, she said.", ['cue "thinking"', 'source "He" pronoun', 'cue "said"', 'source "she" pronoun']],
    // A ratio of those asked speaks, in words as in digits.
    ['One in five say it is not an improvement.', ['cue "say"', 'source "One in five" anonymous']],
    ['One in five voters say the economy is weak.', ['cue "say"', 'source "One in five voters" anonymous']],
    // Verbs that take a reporting verb after them belong to the cue: "tend to favor", "kept insisting".
    ['Progressives tend to favor spending on roads.', ['cue "tend to favor"', 'source "Progressives" anonymous']],
    ['He kept insisting that he won.', ['cue "kept insisting"', 'source "He" pronoun']],
    ['Voters keep saying that they want change.', ['cue "keep saying"', 'source "Voters" anonymous']],
    ['The rain kept falling.', []],
    // Disapproval needs only whose it is: what is disapproved of is what drew it.
    ['The proposal drew harsh criticism from business groups.', ['cue "criticism from"', 'source "business groups" organization']],
    ['The owner faced stern opposition from the homeowners.', ['cue "opposition from"', 'source "the homeowners" anonymous']],
    ['Her opposition to the war is well known.', []],
    // A connective before the subject is not the speaker.
    ['Still, Tad Devine, a senior adviser, said on Tuesday that it failed.', ['cue "said"', 'source "Tad Devine" person']],
    // After a quotation, the speaker of a weak verb may be a pronoun.
    ['“It was bad,” she continued.', ['cue "continued"', 'source "she" pronoun']],
    // A participle joined by "by" or "and" speaks for the clause's subject.
    ['Trump landed in hot water by saying that the judge was biased.', ['cue "saying"', 'source "Trump" person']],
    ['Silverman drew boos upon saying that Clinton had listened.', ['cue "saying"', 'source "Silverman" person']],
    // A verb that moves its object gives the object's feeling.
    ['The remark worried some analysts and activists.', ['cue "worried"', 'source "some analysts" anonymous']],
    ['His behavior has angered the party\'s leaders.', ['cue "angered"', 'source "the party\'s leaders" anonymous']],
    ['That frustrates many analysts.', ['cue "frustrates"', 'source "many analysts" anonymous']],
    ['He worries Sanders would have trouble winning.', ['cue "worries"', 'source "He" pronoun']],
    ['Her father worried that too many voters limit the news they read.', ['cue "worried"', 'source "Her father" anonymous']],
    ['There was no surprise, and disappointed Sanders supporters left a financially troubled company.', []],
    // The one a cause moved to speak speaks; the one urged or asked to has not yet.
    ['The remark prompted Rubio to speculate that the plan was dead.', ['cue "speculate"', 'source "Rubio" person']],
    ['The abrupt announcement led some to speculate that the deal was off.', ['cue "speculate"', 'source "some" anonymous']],
    ['The documents forced him to admit that he lied.', ['cue "admit"', 'source "him" pronoun']],
    ['The party urged voters to reject the measure.', ['cue "urged"', 'source "The party" organization']],
    ['The leading candidates to replace him said no.', ['cue "said"', 'source "The leading candidates to replace him" anonymous']],
    ['Ayotte has spent nearly all of her time responding to attacks.', ['cue "responding"', 'source "Ayotte" person']],
    ['Aside from saying he would win, Trump said little.', ['cue "saying"', 'source "Trump" person', 'cue "said"', 'source "Trump" person']],
    ['He refuses to name anyone, aside from saying he wants a diverse team.', ['cue "refuses"', 'source "He" pronoun', 'cue "saying"', 'source "He" pronoun']],
    ['The plan is to stop Trump from claiming the nomination.', []],
    // Seeming needs no "to".
    ['The crowd seemed unmoved.', ['cue "seemed"', 'source none']],
    // What the subject seemed to say is the subject's; how a thing seems is no one's.
    ['Rubio seemed to offer a caveat that negated what he had said.', ['cue "seemed to offer"', 'source "Rubio" person', 'cue "said"', 'source "he" pronoun → Rubio']],
    ['Mr. Trump’s tone often seems to encourage aggression.', ['cue "seems to encourage"', 'source none']],
    // After a name, the -s form of a verb that is often a noun is the verb.
    ['The New York Post reports that the team avoided the hospital.', ['cue "reports"', 'source "The New York Post" organization → New York Post']],
    ['Trump claims he is worth $10 billion.', ['cue "claims"', 'source "Trump" person']],
    // Stance and intent, and the people who find things out.
    ['Clinton supports a higher minimum wage.', ['cue "supports"', 'source "Clinton" person']],
    ['Trump plans to visit Iowa.', ['cue "plans"', 'source "Trump" person']],
    ['Both candidates sought to appeal to young voters.', ['cue "sought"', 'source "Both candidates" anonymous']],
    ['The researchers found that areas hit by trade shocks voted differently.', ['cue "found"', 'source "The researchers" anonymous']],
    // Researchers' findings are evidence even as an object; the police finding a body is not.
    ['The researchers found a 47 percent lower risk of death.', ['cue "found"', 'source "The researchers" anonymous']],
    ['His surrogates called him a genius.', ['cue "called"', 'source "His surrogates" anonymous']],
    ['The governor hailed the deal as historic.', ['cue "hailed"', 'source "The governor" anonymous']],
    // A headline in title case, and a speaker before a colon.
    ['Glenn Beck Says Trump Poses A Threat To Democracy.', ['cue "Says"', 'source "Glenn Beck" person']],
    ['Trump Calls On Obama To Resign.', ['cue "Calls On"', 'source "Trump" person']],
    ['RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “The gap is wide.”', ['cue ":"', 'source "Jeffrey M. Jones" person']],
    ['Democrats Say Trump Is Unfit.', ['cue "Say"', 'source "Democrats" anonymous']],
    ['Roger Stone: Do not trust the voting machines.', ['cue ":"', 'source "Roger Stone" person']],
    // Seeing reports a view only with "as".
    ['Sanders sees these gains as evidence that he can win.', ['cue "sees"', 'source "Sanders" person']],
    ['Investors see a one-in-five chance of a rise.', ['cue "see"', 'source "Investors" anonymous']],
    ['Rivals see an opening in New Hampshire.', ['cue "see"', 'source "Rivals" anonymous']],
    // Passives that name no one: a question put, a view held.
    ['Sanders was asked whether he would run.', ['cue "was asked"', 'source none']],
    ['Trump was questioned about the dispute on ABC News.', ['cue "was questioned"', 'source none']],
    ['The party is widely seen as aligned with Clinton.', ['cue "is widely seen"', 'source none']],
    ['He is said to be furious.', ['cue "is said"', 'source none']],
    // Told, warned or informed by someone the text does not name; "assured of winning" is only certain to win.
    ['I was told that the team would leave.', ['cue "was told"', 'source none']],
    ['Sanders had been told just before the vote that he would lose.', ['cue "been told"', 'source none']],
    ['Voters were warned that lines would be long.', ['cue "were warned"', 'source none']],
    // A verb that reports only with its content reports the clause before it when it closes the sentence.
    ['The suspect must remain in custody while the case proceeds, a federal judge ruled Monday.', ['cue "ruled"', 'source "a federal judge" anonymous']],
    ['The nominee will do an excellent job on appointments, Blackwell maintains.', ['cue "maintains"', 'source "Blackwell" person']],
    ['The court ruled.', []],
    // A relative "that" stands for the noun before it past auxiliaries and adverbs, and groups are nouns for bodies too.
    ['The groups that have endorsed him met on Monday.', ['cue "endorsed"', 'source "that" pronoun → the groups']],
    ['Conservative Solutions, a super PAC that backed Mr. Rubio, filed disclosures.', ['cue "backed"', 'source "that" pronoun → a super PAC']],
    ['The board that had once seen her as its savior turned on her.', ['cue "seen"', 'source "that" pronoun → the board']],
    ['In the excerpt, the two did not directly discuss his criticisms.', ['cue "discuss"', 'source "the two" anonymous']],
    // A noun whose ending names someone by what they do or hold to is a person: "pediatrician", "socialist".
    ['A local pediatrician reported unusually high lead levels.', ['cue "reported"', 'source "A local pediatrician" anonymous']],
    ['The self-described democratic socialist has vowed to soldier on.', ['cue "vowed"', 'source "The self-described democratic socialist" anonymous']],
    // Made known or accused by someone the text does not name; negated, by no one.
    ['It was revealed in March that she had used a personal account.', ['cue "was revealed"', 'source none']],
    ['Three city commissioners were charged with taking bribes.', ['cue "were charged"', 'source none']],
    ['Sanders was declared the winner in Rhode Island.', ['cue "was declared"', 'source none']],
    ['The senator was lambasted as mainstream in a year of outsiders.', ['cue "was lambasted"', 'source none']],
    ['Eight hedge funders are listed as Clinton fundraisers.', ['cue "are listed"', 'source none']],
    ['Six Protestants were admitted as well.', []],
    ['The department was ordered to make four releases this month.', ['cue "was ordered"', 'source none']],
    ['He has never been charged with any crime.', []],
    ['Details have not been disclosed.', []],
    ['After being informed that he would be charged, he left.', ['cue "being informed"', 'source none']],
    ['With 214 delegates at stake, Clinton is assured of winning at least 118.', []],
    // "each state" is a noun, and the voters in it hold the view.
    ['Voters in each state want change.', ['cue "want"', 'source "Voters in each state" anonymous']],
    ['About 40 percent of voters believe the race is close.', ['cue "believe"', 'source "About 40 percent of voters" anonymous']],
    ['Asked if the comments had rattled them, he said yes.', ['cue "Asked"', 'source none', 'cue "said"', 'source "he" pronoun']],
    ['Mr. Obama, asked whether he would veto the bill, said he would.', ['cue "asked"', 'source none', 'cue "said"', 'source "Mr. Obama" person → Obama']],
    ['Said Dorothy Poynter, who grew up nearby: “It was home.”', ['cue "Said"', 'source "Dorothy Poynter" person']],
    ['However, he held his fire on Ben Carson, calling him a nice guy.', ['cue "calling"', 'source "he" pronoun']],
    ['He took the stage and called the political system rotten.', ['cue "called"', 'source "He" pronoun']],
    ['Bush referred to Rubio as a bright leader.', ['cue "referred to"', 'source "Bush" person']],
    ['He raised questions about her birthplace, falsely suggesting that she was born abroad.', ['cue "raised questions"', 'source "He" pronoun', 'cue "suggesting"', 'source "He" pronoun']],
    ['"That could create problems for her,“ said Jim Clyburn, a congressman.', ['cue "said"', 'source "Jim Clyburn" person']],
    ['Three former officials ― all big names ― have also said they back Clinton.', ['cue "said"', 'source "Three former officials" anonymous']],
    ['On Thursday, Rep. Hakeem Jeffries reacted to the news, saying it was sad.', ['cue "saying"', 'source "Rep. Hakeem Jeffries" person → Hakeem Jeffries']],
    // Adverbs between subject and verb; subjects joined by "and"; a predicate after an aside.
    ['The American Legion has twice complained to Sanders officials.', ['cue "complained"', 'source "The American Legion" organization → American Legion']],
    ['Both Blocher and the SVP have long complained that the system is broken.', ['cue "complained"', 'source "Both Blocher and the SVP" organization → SVP']],
    ['Sanders won Iowa and Clinton said she was pleased.', ['cue "said"', 'source "Clinton" person']],
    ['Gary Emineth, a former party chairman, became a delegate and said he leans to Cruz.', ['cue "said"', 'source "Gary Emineth" person']],
    ['Turnout rose, according to an analysis by the Pew Research Center.', ['cue "according to"', 'source "an analysis by the Pew Research Center" document']],
    // The subject of a relative clause, a place before an aside, a quotation that closes no aside.
    ['Voters worry about the things that Donald Trump has said.', ['cue "worry"', 'source "Voters" anonymous', 'cue "said"', 'source "Donald Trump" person']],
    ['Speaking in Berea, Gov. John Kasich (R-OH), said he was ready.', ['cue "said"', 'source "Gov. John Kasich (R-OH)" person → John Kasich']],
    ['Bill Clinton — upset by the criticism — has been “very worked up about it,” said a source close to the campaign.', ['cue "said"', 'source "a source close to the campaign" anonymous']],
    ['People close to Clinton say she has a ton of work to do.', ['cue "say"', 'source "People close to Clinton" anonymous']],
    ['Aides to Clinton say she is shifting her tack.', ['cue "say"', 'source "Aides to Clinton" anonymous']],
    ['A lawyer representing the family said it would sue.', ['cue "said"', 'source "A lawyer representing the family" anonymous']],
    ['A source close to him said the hostility was new.', ['cue "said"', 'source "A source close to him" anonymous']],
    ['Some close allies are hoping to see her focus on strength.', ['cue "hoping"', 'source "Some close allies" anonymous']],
    ["''Underestimation of Cruz,'' Robert Shrum, a veteran strategist, said, naming a few.", ['cue "said"', 'source "Robert Shrum" person']],
    ['The State Department less than two weeks ago said it was top secret.', ['cue "said"', 'source "The State Department" organization → State Department']],
    ['The Vermont senator emailed supporters saying the struggle continues.', ['cue "saying"', 'source "The Vermont senator" anonymous']],
    // The clause's subject comes after an opening time or a dateline, and is no time itself.
    ['But a few days later, Trump reversed himself, telling CBS that the laws were set.', ['cue "telling"', 'source "Trump" person']],
    ['Chastened by the analyses, as well as complaints over its costs, Trump revised his plan, promising to focus on growth.', ['cue "promising"', 'source "Trump" person']],
    ['Facing mounting criticism, Mr. Trump released a statement on Saturday, describing the soldier as a hero.', ['cue "describing"', 'source "Mr. Trump" person → Trump']],
    ['In a victory speech in Westchester County on Tuesday night, Ms. Ruiz struck a measured tone, saying she understood the task.', ['cue "saying"', 'source "Ms. Ruiz" person → Ruiz']],
    ['Outside the arena, about 200 protesters gathered, holding signs and chanting "Dump him."', ['cue "chanting"', 'source "about 200 protesters" anonymous']],
    ['Clinton spoke near the casino, where about 50 protesters had gathered, chanting "no contract, no peace."', ['cue "chanting"', 'source "about 50 protesters" anonymous']],
    ['The mayor rebuked critics who say she should resign, saying that they had no plan.', ['cue "rebuked"', 'source "The mayor" anonymous', 'cue "say"', 'source "who" pronoun → critics', 'cue "saying"', 'source "The mayor" anonymous']],
    // A participle after a subordinate clause continues the main clause.
    ['Yet even as environmentalists welcome the decision, striking miners have taken to the streets, protesting unpaid wages.', ['cue "welcome"', 'source "environmentalists" anonymous', 'cue "protesting"', 'source "striking miners" anonymous']],
    ['Women rallied, as Ms. Ruiz echoed the criticism, saying the mayor had failed.', ['cue "echoed"', 'source "Ms. Ruiz" person → Ruiz', 'cue "saying"', 'source "Ms. Ruiz" person → Ruiz']],
    ['Years after Ann Lee claimed that the era was over, Obama won by promising revenge.', ['cue "claimed"', 'source "Ann Lee" person', 'cue "promising"', 'source "Obama" person']],
    ['Trump said it after Clinton said it, adding that it was over.', ['cue "said"', 'source "Trump" person', 'cue "said"', 'source "Clinton" person', 'cue "adding"', 'source "Trump" person']],
    // A verb of saying that opens the sentence is said by the main clause's subject.
    ['Recalling that moment, David Axelrod, who was chief strategist, smiled.', ['cue "Recalling"', 'source "David Axelrod" person']],
    ['Noting that only Kirk voted with them, Tester said the odds were poor.', ['cue "Noting"', 'source "Tester" person', 'cue "said"', 'source "Tester" person']],
    ['Described as a rant, President Obama rode a bus to the plant, painting it as a fraud.', ['cue "painting"', 'source "President Obama" person → Obama']],
    ['Here in Columbia, Sanders stepped up his emphasis on justice, saying it mattered.', ['cue "saying"', 'source "Sanders" person']],
    ['And, like Trump, they have played to voters by criticizing the fact-checkers.', ['cue "criticizing"', 'source "they" pronoun']],
    ['As they met in Ottawa, Trump was in Maine, promising to build a wall.', ['cue "promising"', 'source "Trump" person']],
    // A list of what the sentence's subject did, then "and said".
    ['Trump summed up Clinton as terrible, denounced her record and said she should not run.', ['cue "said"', 'source "Trump" person']],
    ['Marcus has been critical of Trump but on Tuesday wrote that she agreed with him.', ['cue "been critical"', 'source "Marcus" person', 'cue "wrote"', 'source "Marcus" person', 'cue "agreed"', 'source "she" pronoun → Marcus']],
    ['Deans supports Sanders and in a statement credited him for an inspiring campaign.', ['cue "supports"', 'source "Deans" person', 'cue "credited"', 'source "Deans" person']],
    ['Clinton strode out, and during her remarks she tried to show that she offered a cure.', ['cue "tried to show"', 'source "she" pronoun']],
    ['A few minutes later they reversed themselves, rushed everyone inside and said they will register voters.', ['cue "said"', 'source "they" pronoun']],
    ['Ever since Bernie Sanders announced his candidacy, he has said the system is rigged.', ['cue "announced"', 'source "Bernie Sanders" person', 'cue "said"', 'source "he" pronoun → Bernie Sanders']],
    ['PHILADELPHIA, July 25 (UPI) — The committee released a statement Monday, offering “a deep apology” to Sanders.', ['cue "offering"', 'source "The committee" organization']],
    ['WASHINGTON -- President Obama, dedicating the museum on Saturday, said it would tell a story.', ['cue "said"', 'source "President Obama" person → Obama']],
    ['Washington (AFP) – Hillary Clinton has taken a swipe at Trump, saying his comments do harm.', ['cue "taken a swipe at"', 'source "Hillary Clinton" person', 'cue "saying"', 'source "Hillary Clinton" person']],
    ['PARIS, Aug 31 (Reuters) - The party’s leader, Marine Le Pen, voiced support for Trump.', ['cue "voiced"', 'source "Marine Le Pen" person']],
    // A time between the object and the participle tells when; it is no one speaking.
    ['The surgeon general issued an advisory in 2023 warning of those risks.', ['cue "warning"', 'source "The surgeon general" anonymous']],
    ['The town released a statement Wednesday saying the remarks were wrong.', ['cue "saying"', 'source "The town" organization']],
    ['The Cruz campaign sent a fundraising email Wednesday saying that the results were a disaster.', ['cue "saying"', 'source "The Cruz campaign" organization']],
    ['Sanders released a statement in opposition to the deal.', ['cue "released"', 'source "Sanders" person']],
    ['WikiLeaks released the DNC emails before the convention.', ['cue "released"', 'source "WikiLeaks" organization']],
    ['Clinton unveiled a $275 billion infrastructure proposal.', ['cue "unveiled"', 'source "Clinton" person']],
    ['The council voted 6-1 for the resolution.', ['cue "voted"', 'source "The council" organization']],
    ['The chamber\'s Republican majority voted in favor of the bill.', ['cue "voted"', 'source "The chamber\'s Republican majority" anonymous']],
    ['The speaker shared with the crowd that he believed Trump was right.', ['cue "shared"', 'source "The speaker" anonymous']],
    ['On her Facebook page, Palin posted a photo of herself and her son.', ['cue "posted"', 'source "Palin" person']],
    ['She was traveling to Cairo, the church posted on Facebook.', ['cue "posted on Facebook"', 'source "the church" organization']],
    ['In video posted on social media, the woman shoves someone.', []],
    ['The editorial ran when it posted on Jan. 27.', []],
    ['The senator has released a CNN poll of the race.', ['cue "released"', 'source "The senator" anonymous']],
    ['The Nevada party issued a formal complaint to the committee.', ['cue "issued"', 'source "The Nevada party" organization']],
    ['Sanders delivered a snappy retort: “No one is tearing this up.”', ['cue "delivered"', 'source "Sanders" person']],
    ['Hours later, she issued a statement calling on the United States to act.', ['cue "calling on"', 'source "she" pronoun']],
    // A liking is a stance; the "like" that compares, or leaves a choice open, is none.
    ["A lot of people didn't like the phrase.", ['cue "like"', 'source "A lot of people" anonymous']],
    ['Wilmore also likes to make fun of Washington.', ['cue "likes"', 'source "Wilmore" person']],
    ['Voters liked the speech.', ['cue "liked"', 'source "Voters" anonymous']],
    ['Like Trump, he is rich.', []],
    ['Parties may pick whomever they like.', []],
    ['Sanders supporters have launched petitions calling on superdelegates to back him.', ['cue "calling on"', 'source "Sanders supporters" anonymous']],
    ['A petition calling for his ban drew a million names.', ['cue "calling for"', 'source "A petition" document']],
    ['Trump was heard on a microphone telling Christie to get on a plane.', ['cue "telling"', 'source "Trump" person']],
    // Inside a relative clause as anywhere, what was declined is no second report.
    ['Norton, which through a spokesman declined to comment, returned the rights.', ['cue "declined"', 'source "which" pronoun → Norton']],
    ['Curiel, who declined to comment, was born in Indiana.', ['cue "declined"', 'source "who" pronoun → Curiel']],
    ['House Speaker Paul Ryan, despite admitting that he had doubts, backed him.', ['cue "admitting"', 'source "House Speaker Paul Ryan" person → Paul Ryan']],
    ['The contrast with Trump, said Doyle and others, would be clear.', ['cue "said"', 'source "Doyle and others" anonymous']],
    ['Another intelligence source speaking to Fox News said the agents were in.', ['cue "said"', 'source "Another intelligence source" anonymous']],
    ['The council voted 6-1 for the resolution which said the city condemns the ban.', ['cue "voted"', 'source "The council" organization', 'cue "said"', 'source "which" pronoun → the resolution']],
    ['While the party is divided over it, the letter, emailed to delegates, says the rules must change.', ['cue "is divided"', 'source "the party" organization', 'cue "says"', 'source "the letter" document']],
    ['The mayor, who won easily over Mr. Jones, said it was unfair.', ['cue "said"', 'source "The mayor" anonymous']],
    ['Biden complained about the primary but defended Sanders as a mainstream candidate, mocked the Republican Party, and made it clear that he would stay.', ['cue "complained"', 'source "Biden" person', 'cue "defended"', 'source "Biden" person', 'cue "mocked"', 'source "Biden" person', 'cue "made it clear"', 'source "Biden" person']],
    ['You’ve been talking about how the country is doing well.', ['cue "talking about"', 'source "You" pronoun']],
    // Middle initials and titles inside a name.
    ['"People are angry," said Chicago Alderman Jason C. Ervin, who disagrees.', ['cue "said"', 'source "Chicago Alderman Jason C. Ervin" person → Jason C. Ervin', 'cue "disagrees"', 'source "who" pronoun → Jason C. Ervin']],
    ['Emanuel fired his police chief, Garry F. McCarthy, acknowledging that trust was lost.', ['cue "acknowledging"', 'source "Emanuel" person']],
    ['Senate Minority Whip Richard J. Durbin said it was time.', ['cue "said"', 'source "Senate Minority Whip Richard J. Durbin" person → Richard J. Durbin']],
    // Calling someone something is a report; calling a group by its name, or calling someone up, is not.
    ['The senator called Clinton a liar.', ['cue "called"', 'source "The senator" anonymous']],
    ["Others went further, with Martin O'Malley calling Trump a fascist.", ['cue "calling"', 'source "Martin O\'Malley" person']],
    // After "with", the phrase and its participle are a clause of their own.
    ['He will need their support, with recent polls showing a tight race.', ['cue "showing"', 'source "recent polls" document']],
    ['He will need their support with recent polls showing a tight race.', ['cue "showing"', 'source "recent polls" document']],
    ['People familiar with the talks saying otherwise were ignored.', ['cue "saying"', 'source "People familiar with the talks" anonymous']],
    // A reporting verb in the infinitive after a verb of trying, going on or refusing.
    ['She went on to say that none of them had.', ['cue "went on to say"', 'source "She" pronoun']],
    ['Sullivan had to explain to Clinton that he could not send the memo.', ['cue "had to explain"', 'source "Sullivan" person']],
    ['Sanders has yet to say whether he will run.', ['cue "yet to say"', 'source "Sanders" person']],
    ['Sanders too has said the system is rigged.', ['cue "said"', 'source "Sanders" person']],
    ["The mayor has taken to calling him Lyin' Ted.", ['cue "taken to calling"', 'source "The mayor" anonymous']],
    ['Older voters are slightly more likely to say that the mayor should go.', ['cue "likely to say"', 'source "Older voters" anonymous']],
    ['David Auerbach went so far as to say that Twitter was over.', ['cue "went so far as to say"', 'source "David Auerbach" person']],
    ['He went out of his way to say that the economy had hit bottom.', ['cue "went out of his way to say"', 'source "He" pronoun']],
    ['Mr. Trump was prompted to say that the debate was civil.', ['cue "prompted to say"', 'source "Mr. Trump" person → Trump']],
    ['The governor is unlikely to endorse anyone before the primary.', ['cue "unlikely to endorse"', 'source "The governor" anonymous']],
    ['Sanders has begun to rebut that criticism.', ['cue "begun to rebut"', 'source "Sanders" person']],
    ['Eric Trump was pressed to explain the contrast.', ['cue "pressed to explain"', 'source "Eric Trump" person']],
    // The first, the only or one among those to speak is the subject ranked.
    ['Hunter and Collins became the first members of Congress to endorse Trump.', ['cue "endorse"', 'source "Hunter and Collins" person']],
    ['He was among 25 senators in 2008 to vote against the bailout.', ['cue "vote"', 'source "He" pronoun']],
    ['Trump failed repeatedly to disavow the endorsement.', ['cue "failed repeatedly to disavow"', 'source "Trump" person']],
    ['The panel is right to note that the plan is costly.', ['cue "right to note"', 'source "The panel" organization']],
    // What one has to say, or did nothing to say, is still said of one.
    ['He will have more to say about it in the weeks to come.', ['cue "have more to say"', 'source "He" pronoun']],
    ['The governor did little to encourage early voting.', ['cue "did little to encourage"', 'source "The governor" anonymous']],
    ['Hillary Clinton took to Twitter to say thanks.', ['cue "say"', 'source "Hillary Clinton" person']],
    ['Ramos used his acceptance speech to call for the resignation of the president.', ['cue "call for"', 'source "Ramos" person']],
    ['Lanny Davis appeared on “Fox & Friends” to defend her.', ['cue "defend"', 'source "Lanny Davis" person']],
    ['The mayor even went on CNN to declare Clinton the winner.', ['cue "declare"', 'source "The mayor" anonymous']],
    ['Sanders took the stage Tuesday night to acknowledge his victory.', ['cue "acknowledge"', 'source "Sanders" person']],
    ['It is a system used to track documents.', []],
    ['European leaders gathered Friday to discuss the challenges.', ['cue "discuss"', 'source "European leaders" anonymous']],
    ['Trump wavered in answering a question about Jerusalem.', ['cue "answering"', 'source "Trump" person']],
    ['Trump backed away from a suggestion that he might pay.', ['cue "backed away from"', 'source "Trump" person']],
    ["Trump didn't back away from his pledge.", ['cue "back away from"', 'source "Trump" person']],
    // People saying something in the -ing form, after the noun for them.
    ['There was a prominent columnist suggesting that his past is fair game.', ['cue "suggesting"', 'source "a prominent columnist" anonymous']],
    ['The bill passed, with nearly 140 House members blasting the roundups.', ['cue "blasting"', 'source "nearly 140 House members" anonymous']],
    // A perfect participle is said by the main clause's subject.
    ['Having announced that he would not send me to prison, Judge Berman smiled.', ['cue "Having announced"', 'source "Judge Berman" person → Berman']],
    ['The senator left, having told reporters that he was done.', ['cue "having told reporters"', 'source "The senator" anonymous']],
    ['Having said that, he left.', []],
    ['Obama on Friday held an impromptu press briefing to brag about the jobs report.', ['cue "brag"', 'source "Obama" person']],
    ['The editor will come on the program to talk about the border.', ['cue "talk about"', 'source "The editor" anonymous']],
    ['York took a moment to point out the lack of a crowd.', ['cue "point out"', 'source "York" person']],
    ['His critics denounced him, rushing to TV to say he did not represent the party.', ['cue "denounced"', 'source "His critics" anonymous', 'cue "say"', 'source "His critics" anonymous']],
    ['Fans have taken to social media to complain about the actor.', ['cue "complain"', 'source "Fans" anonymous']],
    ['Some of his critics waited in the snow to heckle him.', ['cue "heckle"', 'source "Some of his critics" anonymous']],
    ['Sen. Bernie Sanders visited NBC’s “Today” to discuss his remarks.', ['cue "discuss"', 'source "Sen. Bernie Sanders" person → Bernie Sanders']],
    ['Tom Emanuel stood at a Bush event here to say he was leaning toward Trump.', ['cue "say"', 'source "Tom Emanuel" person']],
    ['Cruz would not comment on the order.', ['cue "comment on"', 'source "Cruz" person']],
    ['A dozen workers met at the bar to talk about their jobs.', ['cue "talk about"', 'source "A dozen workers" anonymous']],
    ['Trump went on television to say the plan had failed.', ['cue "say"', 'source "Trump" person']],
    ['She went to the store to buy milk.', []],
    ['Clinton is continuing to insist she will release the transcripts.', ['cue "continuing to insist"', 'source "Clinton" person']],
    ['Aides seeking to explain the delay met on Monday.', []],
    ['Democrats support the plan.', ['cue "support"', 'source "Democrats" anonymous']],
    ['It is the kind of jurist many Republicans fear she would choose.', ['cue "fear"', 'source "many Republicans" anonymous']],
    ['It is a strategy some believe he could repeat.', ['cue "believe"', 'source "some" anonymous']],
    ['Officials there said the plan failed.', ['cue "said"', 'source "Officials" anonymous']],
    ['Mourners say his death is hard to bear.', ['cue "say"', 'source "Mourners" anonymous']],
    ['Together, they represent a new era, referring to their roots.', ['cue "referring to"', 'source "they" pronoun']],
    ['Environmentalists worry that the mines will close.', ['cue "worry"', 'source "Environmentalists" anonymous']],
    ['Border Patrol agents described the ground as Swiss cheese.', ['cue "described"', 'source "Border Patrol agents" anonymous']],
    ['Many World Bank watchers expect Mr. Kim to be reappointed.', ['cue "expect"', 'source "Many World Bank watchers" anonymous']],
    ['Caucusgoers said they wanted change.', ['cue "said"', 'source "Caucusgoers" anonymous']],
    ['Ben Carson spoke. The retired neurosurgeon said he would stay.', ['cue "said"', 'source "The retired neurosurgeon" person → Ben Carson']],
    ['Business associates say he paid late.', ['cue "say"', 'source "Business associates" anonymous']],
    ['The couple worried that the attacks would spread.', ['cue "worried"', 'source "The couple" anonymous']],
    ['It could reshape a race polls show is close.', ['cue "show"', 'source "polls" document']],
    ['It was a move backers say will fail.', ['cue "say"', 'source "backers" anonymous']],
    ['Polls there show Trump is trailing.', ['cue "show"', 'source "Polls" document']],
    ['A state report released Thursday found wells failing. The report estimated a loss.', ['cue "found"', 'source "A state report released Thursday" document', 'cue "estimated"', 'source "The report" document → a state report released Thursday']],
    ['The transit agency says fares must rise. The agency warned of cuts.', ['cue "says"', 'source "The transit agency" organization', 'cue "warned"', 'source "The agency" organization → the transit agency']],
    ['The remarks suggest Mr. Trump is running two campaigns.', ['cue "suggest"', 'source "The remarks" document']],
    ['A review of records indicates he has been a Republican since 1999.', ['cue "indicates"', 'source "A review of records" document']],
    ['Clinton has the full support of the party’s leaders.', ['cue "has the full support of"', 'source "the party’s leaders" anonymous']],
    ['Pence has strong support among evangelicals.', ['cue "has strong support among"', 'source "evangelicals" anonymous']],
    ['Reforms that can win the support of the voters are rare.', []],
    ['Both candidates have sought support from teachers unions.', ['cue "sought"', 'source "Both candidates" anonymous']],
    ['Mr. Obama freed seven men charged with violating sanctions.', ['cue "charged"', 'source none']],
    ['The release includes 64 emails now deemed classified.', ['cue "deemed"', 'source none']],
    ['The prosecutor charged him with fraud.', ['cue "charged"', 'source "The prosecutor" anonymous']],
    ['The tentative deal, announced Friday, would last four years.', ['cue "announced"', 'source none']],
    ['A huge merger announced Monday would reshape the industry.', ['cue "announced"', 'source none']],
    ['The company announced Monday that it would close.', ['cue "announced"', 'source "The company" organization']],
    ['He was asked by Bill Maher, who is supporting Sanders.', ['cue "asked"', 'source "Bill Maher" person', 'cue "supporting"', 'source "who" pronoun → Bill Maher']],
    ['Women backed Clinton while about 6 in 10 men supported Sanders.', ['cue "backed"', 'source "Women" anonymous', 'cue "supported"', 'source "about 6 in 10 men" anonymous']],
    ['Men under 35 support Sanders by four points.', ['cue "support"', 'source "Men under 35" anonymous']],
    ['Congressmen support the bill.', ['cue "support"', 'source "Congressmen" anonymous']],
    ['Democrats back Clinton.', ['cue "back"', 'source "Democrats" anonymous']],
    ['Trump continued to question whether Cruz could serve.', ['cue "continued to question"', 'source "Trump" person']],
    // Adjectives of attitude after "be".
    ['Sanders is confident that he can win.', ['cue "is confident"', 'source "Sanders" person']],
    ['Officials are confident the plan will pass.', ['cue "are confident"', 'source "Officials" anonymous']],
    ['Clinton is an outspoken supporter of Roe v. Wade.', ['cue "is an outspoken supporter"', 'source "Clinton" person']],
    ['Bolton and Gorka were both sternly critical of Republicans.', ['cue "were both sternly critical"', 'source "Bolton and Gorka" person']],
    ['Kasich has been a dogged defender of the law.', ['cue "been a dogged defender"', 'source "Kasich" person']],
    ['She is one of the fiercest critics of the deal.', ['cue "is one of the fiercest critics"', 'source "She" pronoun']],
    ['He is a member of the board of critics of the plan.', []],
    ['Critics of the plan are loud, and the mayor is a supporter.', []],
    ['He’s also supportive of the state’s testing program.', ['cue "also supportive"', 'source "He" pronoun']],
    ['They’re worried about the economy.', ['cue "worried"', 'source "They" pronoun']],
    ['Lawmakers are still uneasy about the plan.', ['cue "are still uneasy"', 'source "Lawmakers" anonymous']],
    ['Voters remain skeptical of the plan.', ['cue "remain skeptical"', 'source "Voters" anonymous']],
    ['Donors are growing increasingly frustrated with the campaign.', ['cue "growing increasingly frustrated"', 'source "Donors" anonymous']],
    ['Republican senators are split on whether they would vote for him.', ['cue "are split"', 'source "Republican senators" anonymous']],
    ['Officials are well aware of the risk.', ['cue "are well aware"', 'source "Officials" anonymous']],
    ['The room was divided by a wall, and the party is split into factions.', []],
    ['The mayor was delighted by the controversy.', ['cue "was delighted"', 'source "The mayor" anonymous']],
    // An attitude inside what someone says is part of what they say.
    ['Khan decried the mayor’s repeated calls to ban all cars.', ['cue "decried"', 'source "Khan" person']],
    ['Woodard said his survey of voters showed support holding steady.', ['cue "said"', 'source "Woodard" person']],
    // A clause of its own is no part of the report before it.
    ['Polls suggest the plan is popular: a survey by the Herald found that 60% back it.', ['cue "suggest"', 'source "Polls" document', 'cue "found"', 'source "a survey by the Herald" document']],
    ["An audit found that pipes leak, and the city's own figures show little change.", ['cue "found"', 'source "An audit" document', 'cue "show"', 'source "the city\'s own figures" document']],
    ['He apologized after leaked emails showed staff favoring Clinton.', ['cue "apologized"', 'source "He" pronoun', 'cue "showed"', 'source "leaked emails" document']],
    ['She backed Dunn in a race polls show is close.', ['cue "backed"', 'source "She" pronoun', 'cue "show"', 'source "polls" document']],
    ['He agreed to sell it in 2010, records show.', ['cue "agreed"', 'source "He" pronoun', 'cue "show"', 'source "records" document']],
    ['His new disclosure form stated that his revenue rose.', ['cue "stated"', 'source "His new disclosure form" document']],
    ['The party spent heavily, disclosures filed on Sunday night revealed.', ['cue "revealed"', 'source "disclosures filed on Sunday night" document']],
    ['Two senators said they were worried about the bill.', ['cue "said"', 'source "Two senators" anonymous']],
    ['Democratic leaders are worried about the convention.', ['cue "are worried"', 'source "Democratic leaders" anonymous']],
    // Whose view a sentence gives.
    ['The plan was a failure, in Bolton’s view.', ['cue "in Bolton’s view"', 'source "Bolton’s" person → Bolton']],
    ['In Sanders’ view, the plan is doomed.', ['cue "In Sanders’ view"', 'source "Sanders" person']],
    ['Jane Smith spoke. The talks, in her words, were a disaster.', ['cue "in her words"', 'source "her" pronoun → Jane Smith']],
    ["In Trump's mind, his willingness to speak is a strength.", ['cue "In Trump\'s mind"', 'source "Trump\'s" person → Trump']],
    ['She kept it in mind.', []],
    ['To Frank, issues of justice get attention only at election time.', ['cue "To"', 'source "Frank" person']],
    // A past-tense verb before "that" reports, listed or not.
    ['The senator clarified that he would stay.', ['cue "clarified"', 'source "The senator" anonymous']],
    ['Clinton strode out, and during 36 minutes of remarks she tried to demonstrate that she had a plan.', ['cue "tried to demonstrate"', 'source "she" pronoun']],
    // A passive's agent keeps the participle that describes it, which reports nothing itself.
    ['Growth beat the rate predicted by economists polled by Reuters.', ['cue "predicted"', 'source "economists polled by Reuters" anonymous']],
    ['The plan was criticized by officials briefed on the talks.', ['cue "criticized"', 'source "officials briefed on the talks" anonymous']],
    // The people already cited, named again with "the", are the same unnamed source.
    ['Talks stalled, two people familiar with the matter said. The proposal would bar sales, the people said.', ['cue "said"', 'source "two people familiar with the matter" anonymous', 'cue "said"', 'source "the people" anonymous → two people familiar with the matter']],
    // "The company" is the company just named; "the airline" only when one alone is named.
    ['Tesla shares jumped 12%. The company said revenue rose.', ['cue "said"', 'source "The company" organization → Tesla']],
    ['Boeing and Tesla reported sales. The carmaker said demand was strong.', ['cue "reported"', 'source "Boeing and Tesla" organization', 'cue "said"', 'source "The carmaker" organization']],
    ['He wrote to the Department of Labor last year. The department said it had no record.', ['cue "wrote"', 'source "He" pronoun', 'cue "said"', 'source "The department" organization → Department of Labor']],
    ['A World Health Organization report found failures had doubled. The agency urged governments to act.', ['cue "found"', 'source "A World Health Organization report" document', 'cue "urged"', 'source "The agency" organization → World Health Organization']],
    // A body named again by its initials is the body.
    ['WHO warns of a measles surge.', ['cue "warns"', 'source "WHO" organization']],
    ['Cases rose, according to WHO.', ['cue "according to"', 'source "WHO" organization']],
    ['OFFICIALS WHO SAID NO ARE GONE.', []],
    ['Halcyon Motors said demand fell. Halcyon now expects a loss.', ['cue "said"', 'source "Halcyon Motors" organization', 'cue "expects"', 'source "Halcyon" organization → Halcyon Motors']],
    ['The Office for National Statistics said output rose. The ONS said it would revise the data.', ['cue "said"', 'source "The Office for National Statistics" organization → Office for National Statistics', 'cue "said"', 'source "The ONS" organization → Office for National Statistics']],
    // An agentless passive may put a place before its clause; its "it" stands for no one.
    ['It is widely believed in Brussels that the talks collapsed.', ['cue "is widely believed"', 'source none']],
    // A passive past an adverb speaks for no one it names ("was also dubbed", "was widely condemned").
    ['Pence was also dubbed the debate winner on social media.', []],
    ['The poster was widely condemned.', []],
    ['Cruz was also endorsed the day before by Carly Fiorina.', ['cue "also endorsed"', 'source "Carly Fiorina" person']],
    ['They are specifically focused on the NRA.', ['cue "are specifically focused"', 'source "They" pronoun']],
    ['Sanders remains committed to seeing the race through.', ['cue "remains committed"', 'source "Sanders" person']],
    ['Most murders were committed by strangers.', []],
    // "It" with no one behind it, before "that", for any verb: no source.
    ['It is widely accepted that the planet is warming.', ['cue "is widely accepted"', 'source none']],
    ['It has been agreed that the talks will resume.', ['cue "has been agreed"', 'source none']],
    // A meeting's minutes are a record.
    ['The council voted 7-2, according to minutes released by the clerk.', ['cue "according to"', 'source "minutes released by the clerk" document']],
    // "who" after a person and the body they speak for is the person.
    ['A spokeswoman for the transit agency, who declined to be named, said the agency was not consulted.', ['cue "declined"', 'source "who" pronoun → a spokeswoman for the transit agency', 'cue "said"', 'source "A spokeswoman for the transit agency" anonymous']],
    // A surname that is also a preposition is still the surname.
    ['Al From said the party had lost its way.', ['cue "said"', 'source "Al From" person']],
    // Orders and requests are words too; taking a side and turning to a topic are stances.
    ['A federal judge ordered the release of the emails.', ['cue "ordered"', 'source "A federal judge" anonymous']],
    ['The court sided with the state of Ohio.', ['cue "sided with"', 'source "The court" organization']],
    ['Cruz quickly pivoted to the border.', ['cue "pivoted to"', 'source "Cruz" person']],
    ['Industry executives have privately lobbied against the rules.', ['cue "lobbied against"', 'source "Industry executives" anonymous']],
    ['President Obama on Thursday nominated Jim Yong Kim for a second term.', ['cue "nominated"', 'source "President Obama" person → Obama']],
    ['The senator knocked Clinton for her vote on the war.', ['cue "knocked"', 'source "The senator" anonymous']],
    // Who acts "by saying" is the subject of the verb before "by", not its object.
    ['Christie attacked Rubio, and the governor tripped up Rubio by calling him a robot.', ['cue "attacked"', 'source "Christie" person', 'cue "calling"', 'source "the governor" person → Christie']],
    ['While lobbyists push for free trade, Mr. Trump has rallied thousands by promising tariffs.', ['cue "push for"', 'source "lobbyists" anonymous', 'cue "promising"', 'source "Mr. Trump" person → Trump']],
    // A capital after the -s form opens a name, so the -s form is the verb.
    ['The report shows State sent ten staffers.', ['cue "shows"', 'source "The report" document']],
    // A participle and what it charges describe the people who speak.
    ['Officials accused of bias said they would resign.', ['cue "accused"', 'source none', 'cue "said"', 'source "Officials accused of bias" anonymous']],
    ['The men charged with fraud say they are innocent.', ['cue "charged"', 'source none', 'cue "say"', 'source "The men charged with fraud" anonymous']],
    ['An employee assigned to the city of Guangzhou reported symptoms.', ['cue "reported"', 'source "An employee assigned to the city of Guangzhou" anonymous']],
    ['A letter mailed to members last week says the club will close.', ['cue "says"', 'source "A letter mailed to members" document']],
    ['Documents released on Friday show that she knew.', ['cue "show"', 'source "Documents released on Friday" document']],
    ['Revealingly, the article reported on a gaping hole in the therapist’s notes, portions of which were provided to the paper.', []],
    ['A dozen people protested outside the paper after it backed Clinton.', ['cue "backed"', 'source "it" pronoun']],
    // Passive with the agent.
    ['The "pressing issues" alluded to by Peskov remain.', ['cue "alluded to"', 'source "Peskov" person']],
  ])('%s', (text, expected) => {
    expect(marksOf(text, attributionLines)).toEqual(expected);
  });

  it.each([
    ['The Russian government is considering removing the Taliban from its list.'],
    ['The report was long.'],
    ['The state said nothing.'.replace('said', 'of the state')],
    ['His comments drew criticism.'],
    ['Then he continued to walk.'],
    ['Her promise was broken.'],
    ['Southern states voted early.'],
    ['The plan failed.'],
    ["I'm told it was over."],
    ['If everybody does not buck it, guess what, it is gospel.'],
    ['It was, you know, a mess.'],
    ['She returned his call to the office.'],
    ['He came back to talk about the plan.'],
    ['He met donors at the liberal club called Democracy Alliance.'],
    ['Clinton called Sanders shortly after the result.'],
    ['Clinton: 2,316. Sanders: 1,547.'],
    ['The room is quick to fill.'],
    ['It was not supposed to be this way.'],
    ['Several supposed alternatives have been tried.'],
    ['To date, nothing has changed.'],
    ['In view of the facts, the plan failed.'],
    ['For Trump, the format was not ideal.'],
    ['The campaign did not respond to a request for comment.'],
    ['The White House did not immediately respond to a request for comment.'],
    ['He went on television to make his case.'],
    ['I saw him yesterday.'],
    ['They saw a house by the road.'],
    ['The hall echoed with cheers.'],
    ['Her emails were deleted.'],
    ['She won the most pledged delegates.'],
    ['Superdelegates currently pledged to Clinton may switch.'],
    ['Embattled mayor faces recall push after budget rollout'],
    ['Police released the hostages.'],
    ['The most telling promise she has made is a small one.'],
    ['Then, last week, Eric Trump called.'],
    ['Voters pull the lever according to their instinctive preference, and it went according to plan.'],
    ['The scandal added to the confusion, and organizers added 160 security personnel.'],
    ['The museum unveiled a statue of the founder.'],
    ['Police released the Smith brothers.'],
    ['Fifty people were issued citations.'],
    ['Southern states voted early in March.'],
    ['She hangs up: another vote for Hillary.'],
    ['The house was seen from the road.'],
    ['Correction: An earlier version of this story misstated the date.'],
    ['Clarification: The first sentence has been changed.'],
    ['Remember: The world also ignored the warnings.'],
    ['There’s no way to tell without seeing his tax returns.'],
    ['The Latest: Kasich wins Ohio.'],
    ['The Senate reports were long.'],
    ['All told, the group raised $3 million.'],
    ['Former secretary of state Madeleine Albright fanned controversy.'],
    ['Some states remained too close to call.'],
    ['Clinton has a majority of pledged delegates.'],
    ['Here’s what we know:'],
    ['Mandates distract from teaching and learning in schools.'],
    ['The metaphor is telling in its own right.'],
    ['Padding is placed under the carpet for added comfort.'],
    ['He is viewed favorably by 50 percent compared to 45 percent.'],
    ['Income rose by 0.8%, but declined by 0.2% later.'],
    ['He called her earlier this month to learn more.'],
    ['She called into a radio show.'],
    ['A group called Action Now met.'],
    ['He joined a group called the Fund.'],
    ['Elected officials, called superdelegates, will vote.'],
    ['The shop sells a book called “Women Who Work” now.'],
    ['A blog, called the “Feed,” pumps out posts.'],
    ['Rain was expected by noon.'],
    ['Police found a body in the river.'],
  ])('finds no attribution in: %s', (text) => {
    expect(analyze(text).attributions).toEqual([]);
  });

  it('reads a base form in a headline as a noun unless a plural or a pronoun comes before it', () => {
    const text = 'Another GOP Figure Endorses Hillary Clinton.';
    expect(analyze(text).attributions.map((x) => text.slice(x.cue.start, x.cue.end))).toEqual(['Endorses']);
  });

  it('resolves a surname and a description to the person named before either spoke', () => {
    const text = 'When Amina Yusuf opened her bakery, she had two ovens. “We might not last,” the 38-year-old said. Yusuf credits her regulars.';
    expect(marksOf(text, attributionLines)).toEqual(['cue "said"', 'source "the 38-year-old" person → Amina Yusuf', 'cue "credits"', 'source "Yusuf" person → Amina Yusuf']);
  });

  it('ends what a cue reports before the writer labels it ("…, a charge London rejected")', () => {
    const text = 'Moscow accused Britain of provocations in the Black Sea, a charge London rejected.';
    const a = analyze(text);
    expect(text.slice(a.attributions[0]!.content!.start, a.attributions[0]!.content!.end)).toBe('Britain of provocations in the Black Sea');
  });

  it('resolves "they" to a group named but not yet quoted', () => {
    expect(marksOf('Residents were angry. They said the water was brown.', attributionLines)).toEqual(['cue "said"', 'source "They" pronoun → Residents']);
  });

  it('reads "which" as the document before it when no "that" follows the verb', () => {
    expect(marksOf('She released her records, which showed she was fit for duty.', attributionLines)).toEqual(['cue "released"', 'source "She" pronoun', 'cue "showed"', 'source "which" pronoun → her records']);
  });

  it('takes a share of people as the subject of a verb that is often a noun', () => {
    expect(marksOf('64 percent call him competent.', attributionLines)).toEqual(['cue "call"', 'source "64 percent" anonymous']);
  });

  it('finds a document whose name a clause interrupts', () => {
    const text = 'Surveys of voters taken as they entered the polling sites showed that older women turned out.';
    expect(marksOf(text, attributionLines)).toEqual(['cue "showed"', 'source "Surveys of voters" document']);
  });

  it('takes pictures as evidence that shows', () => {
    expect(marksOf('Photos showed mourners crouched over the bodies.', attributionLines)).toEqual(['cue "showed"', 'source "Photos" document']);
  });

  // Known misses, kept visible: they pass the day sayso handles them.
  it('reads an agent past a middle initial and "and" to the name it joins', () => {
    expect(marksOf('The groups were backed by Charles G. and David H. Koch.', attributionLines)[1]).toMatch(/^source "Charles G\. and David H\. Koch" person/);
  });

  // (The two names are one joint source, but a name that ends in an initial's stop is not yet read as the first of them.)
  it.fails('names the joint source of two names the first of which ends in an initial', () => {
    expect(marksOf('The groups were backed by Charles G. and David H. Koch.', attributionLines)).toEqual(['cue "backed"', 'source "Charles G. and David H. Koch" person']);
  });

  it.fails('reads a group with a coordinated place as one subject', () => {
    expect(marksOf('Many officials on and off the island believe relief is possible.', attributionLines)).toEqual(['cue "believe"', 'source "Many officials on and off the island" anonymous']);
  });

  // A long subject, described twice before its verb, is not reached.
  it.fails('reads the people a poll asked as the subject of a stance', () => {
    expect(marksOf('Half of the voters surveyed in a new poll released Monday support Clinton.', attributionLines)).toEqual(['cue "support"', 'source "Half of the voters surveyed in a new poll released Monday" anonymous']);
  });

  // One word in capitals reads as an acronym ("NATO"); a transcript's label of one name is a person.
  it.fails('types a one-word speaker label in capitals as a person', () => {
    expect(marksOf('Will she be there? "PENCE: She will not be attending the debate.', attributionLines)).toEqual(['cue ":"', 'source "PENCE" person']);
  });

  // When what the text says of gender allows either, a pronoun opening its sentence stands for the subject of the sentence before.
  it('resolves a pronoun that opens its sentence to the subject of the sentence before', () => {
    expect(marksOf('Jane Smith met Dmitry Peskov. She said the talks failed.', attributionLines)).toEqual(['cue "said"', 'source "She" pronoun → Jane Smith']);
    expect(marksOf('Angela Merkel met Emmanuel Macron on Monday. She said the talks were useful.', attributionLines)).toEqual(['cue "said"', 'source "She" pronoun → Angela Merkel']);
  });

  // A given name says nothing of gender to sayso (it holds no list of names): only titles and nouns do.
  it.fails('resolves "she" to the woman a sentence names after a man without a title', () => {
    expect(marksOf('Dmitry Peskov met Jane Smith. She said the talks failed.', attributionLines)).toEqual(['cue "said"', 'source "She" pronoun → Jane Smith']);
  });

  // An office named in capitals runs on into the holder's name: where one ends and the other starts is not read.
  it.fails('names the holder of an office whose name is two capitalised words', () => {
    expect(marksOf('Minister of Foreign Affairs Peter Szijjarto said it would not.', attributionLines)).toEqual(['cue "said"', 'source "Minister of Foreign Affairs Peter Szijjarto" person → Peter Szijjarto']);
  });

  // Who attacks by force is known only by the words for armed people, not by what was attacked.
  it.fails('reads an attack on a ship as force, not words', () => {
    expect(marksOf('In 2000, they attacked the USS Cole, killing 17 sailors.', attributionLines)).toEqual([]);
  });

  it('reads no credit line of a wire story as a report', () => {
    expect(marksOf('The court ruled. (Reporting by Jason Lange; Additional reporting by Jim Finkle in Boston; Editing by Tom Brown)', attributionLines)).toEqual([]);
  });

  it('marks an expectation that no one in particular holds', () => {
    expect(marksOf('Trump is expected to speak tonight.', attributionLines)).toEqual(['cue "is expected"', 'source none']);
  });

  it('keeps the cue but no source when a quotation is given by no one', () => {
    expect(marksOf('“It failed,” said.', attributionLines)).toEqual(['cue "said"', 'source none']);
  });

  it('links a quote to the speaker the text names', () => {
    const a = analyze('“We are ready,” Jane Smith told reporters.');
    expect(a.quotes[0]!.speaker).not.toBeNull();
    expect(a.sources[a.quotes[0]!.speaker!]!.name).toBe('Jane Smith');
  });
});
