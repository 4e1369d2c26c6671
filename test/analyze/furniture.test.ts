import { describe, expect, it } from 'vitest';
import { furnitureKind } from '../../lib/analyze/detectors/furniture.ts';

describe('page furniture', () => {
  it.each([
    ['CLICK HERE TO GET THE FOX NEWS APP', 'promo'],
    ['READ MORE: Taliban takes Kabul', 'promo'],
    ['Sign up for our morning newsletter', 'promo'],
    ['Get the Daily Brief app on Google Play', 'promo'],
    ['RUSSIA HAS DETAINED SUSPECTS IN CAUCASUS LINKED TO MOSCOW TERROR ATTACK, SECURITY AGENCY SAYS', 'headline'],
    ['By Jane Doe and John Roe', 'byline'],
    ['By June Smith', 'byline'],
    ['(Reporting by Jane Doe; Editing by John Roe.)', 'byline'],
    ['Photo: Getty Images', 'credit'],
    ['(AP Photo/Evan Vucci)', 'credit'],
    ['Share Tweet Email', 'share'],
    ['Share this article', 'share'],
    ['Updated 3:45 PM EST, Tue December 1, 2026', 'byline'],
    ['Jane Doe covers city hall for the AP. Follow her on Twitter @janedoe.', 'byline'],
    ['Samantha Lachman contributed reporting from Charleston. Ryan Grim reported from Washington, D.C.', 'credit'],
    ['The Associated Press contributed to this report.', 'credit'],
    ['Image caption, Residents gathered outside the town hall on Sunday', 'credit'],
    ['Image source, Getty Images', 'credit'],
    ['This article is more than 2 years old', 'byline'],
    ['Related Topics', 'promo'],
    ['More on this story', 'promo'],
    ['You also agree to this site\'s Privacy Policy and Terms of Use.', 'promo'],
    ['You may opt out at anytime.', 'promo'],
    ['Email *', 'promo'],
    ['Correction: An earlier version of this article misstated the date.', 'byline'],
    ['Editor’s note: This story has been updated to include comment from the mayor.', 'byline'],
    ['Tags: politics, election', 'byline'],
    ['Posted in News, Politics', 'byline'],
    ['Contact the author at jane@example.com', 'byline'],
    ['Click to share on Twitter (Opens in new window)', 'promo'],
    ['Leave a comment', 'promo'],
    ['Watch the video below.', 'promo'],
    ['Email This field is for validation purposes and should be left unchanged.', 'promo'],
  ])('%s → %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });

  it.each([
    'The Russian government is considering removing the Taliban from its list.',
    'NATO and the EU said the U.S. would attend.',
    'By the end of the week, officials said, the plan was dead.',
    'By July 2013, the show was officially named "The Pete Santilli Show."',
    'By Monday, the mayor had changed her mind.',
    '"SAYS WHO?" was all he wrote.',
    'Updated figures released Tuesday show 40 people died.',
    'Jane Doe reported from the scene that the fire had spread to three floors and that residents fled.',
    'Reporters from the Times reported that the plan had failed.',
    'This article is more than a summary of the findings.',
    'Related topics included housing and transport.',
    'Facebook said users must agree to the new privacy policy by May.',
    'Update: Police said the suspect was arrested on Monday.',
    'Comments from the mayor drew criticism.',
    'Posted in the window was a sign.',
    'Read the report, which runs to 40 pages.',
  ])('keeps prose: %s', (line) => {
    expect(furnitureKind(line)).toBeNull();
  });
});
