// The sanctions-comment rules, one example (or more) per pattern of src/text/patterns/*.json, with exact answers.
import relationPatterns from '../../src/text/patterns/sanctions-relations.json';
import eventPatterns from '../../src/text/patterns/sanctions-events.json';
import aliasPatterns from '../../src/text/patterns/alias-kinds.json';
import { permanentReference } from '../../src/import/un-sanctions.importer';
import { readAliases, readEvents, readRelations } from '../../src/text/relation-rules';
import { readAliasEntry } from '../../src/text/alias-rules';
import { datesIn, parseDate } from '../../src/text/text-dates';

const PERSON = { ref: 'QDi.999', names: ['JOHN EXAMPLE', 'Abu Example'] };
const GROUP = { ref: 'QDe.999', names: ['EXAMPLE FRONT (EF)', 'Jabhat al-Mithal'] };

/** The relations of a sentence as "TYPE party [ref] since..until". */
function relations(sentence: string, subject = PERSON): string[] {
  return readRelations(sentence, subject, permanentReference).map(
    (r) => `${r.type} ${r.object} [${r.objectRef ?? ''}]${r.since || r.until ? ` ${r.since?.value ?? ''}..${r.until?.value ?? ''}` : ''}`,
  );
}

/** One example per relation pattern id: the sentence and exactly what it states. */
const RELATION_EXAMPLES: Record<string, Array<[string, string[], typeof PERSON?]>> = {
  'leader-of': [
    // Regional and acting ranks, and an 'executive of' the group, lead it.
    [
      'Regional commander of Ansar Sample (QDe.905), executive of Jund Sample (QDe.906).',
      ['LEADER_OF Ansar Sample [QDe.905]', 'LEADER_OF Jund Sample [QDe.906]'],
    ],
    ['Deputy emir of Ansar Eddine (QDe.135).', ['LEADER_OF Ansar Eddine [QDe.135]']],
    ['As of 2015, one of the leaders of Ansar Sample (QDe.905).', ['LEADER_OF Ansar Sample [QDe.905]']],
    ['Operational commander of Al-Qaida in the Arabian Peninsula (AQAP) (QDe.129).', ['LEADER_OF Al-Qaida in the Arabian Peninsula [QDe.129]']],
  ],
  'leadership-of': [
    // A leader of X is not also read as its member.
    [
      'Belongs to the leadership and is the finance chief of Jund Sample (QDe.906).',
      ['LEADER_OF Jund Sample [QDe.906]', 'FINANCIAL_LINK Jund Sample [QDe.906]'],
    ],
    ['Member of the leadership council of Al-Shabaab (SOe.001).', ['LEADER_OF Al-Shabaab [SOe.001]']],
  ],
  led: [
    ['Led the Nasr City cell from 2010 to 2012.', ['LEADER_OF Nasr City cell [] 2010..2012']],
    // The subject named as the one who acts reads as "he": "Example led…".
    ['From 2005 to 2008, Example led the local Ansar Sample in Yemen’s south.', ['LEADER_OF Ansar Sample [] 2005..2008']],
  ],
  'under-leadership': [
    ['Under Example’s leadership, the Sample Brigade has attacked convoys.', ['LEADER_OF Sample Brigade []']],
    ['Under his leadership, the Sample Brigade grew.', ['LEADER_OF Sample Brigade []']],
    ['Under Omar Sample’s leadership, the Sample Brigade grew.', []],
  ],
  'led-by': [
    [
      'The leader of the group is Omar Sample (QDi.902) and his deputy is Ali Sample (QDi.903).',
      ['LED_BY Omar Sample [QDi.902]', 'LED_BY Ali Sample [QDi.903]'],
      GROUP,
    ],
    ['Its leader is Abu Bakar Ba’asyir (QDi.217).', ['LED_BY Abu Bakar Ba’asyir [QDi.217]'], GROUP],
    ['Founded and led by Juma Namangani (deceased) and Tohir Yuldashev (deceased).', ['LED_BY Juma Namangani []', 'LED_BY Tohir Yuldashev []'], GROUP],
    ['The group was founded in 2014, as its leader Abu Sample (QDi.901) declared in a video.', ['LED_BY Abu Sample [QDi.901]'], GROUP],
    ['Current leader is Omar Sample (QDi.902).', ['LED_BY Omar Sample [QDi.902]'], GROUP],
    ['The founder and former leader is Omar Sample (QDi.902).', ['FORMERLY_ASSOCIATED_WITH Omar Sample [QDi.902]'], GROUP],
    // Only an entity is led.
    ['Its leader is Omar Sample (QDi.902).', [], PERSON],
  ],
  'owner-leadership': [
    ['EF’s leadership has included Omar Sample (QDi.902).', ['LED_BY Omar Sample [QDi.902]'], GROUP],
    ['Leadership included Omar Sample (QDi.902) and Ali Sample (QDi.903).', ['LED_BY Omar Sample [QDi.902]', 'LED_BY Ali Sample [QDi.903]'], GROUP],
    ['Al-Qaida’s leadership has included Omar Sample (QDi.902).', [], GROUP],
  ],
  'became-leader': [
    ['Later Omar Sample (QDi.902) became the new EF leader.', ['LED_BY Omar Sample [QDi.902]'], GROUP],
    ['Later Omar Sample (QDi.902) became the new ISIL leader.', [], GROUP],
  ],
  'who-leads-it': [
    ['Set up by Omar Sample (QDi.902), who was also its chief.', ['LED_BY Omar Sample [QDi.902]'], GROUP],
    ['Linked to Omar Sample (QDi.902) who is the leader of Example Front.', ['LED_BY Omar Sample [QDi.902]'], GROUP],
    // The party he leads is someone else: only the link to him is the subject's.
    ['Linked to Omar Sample (QDi.902) who is the leader of Ansar Sample (QDe.905).', ['ASSOCIATED_WITH Omar Sample [QDi.902]'], GROUP],
  ],
  'served-as-its': [['Omar Sample (QDi.902) served as its Director General.', ['LED_BY Omar Sample [QDi.902]'], GROUP]],
  'member-of': [
    ['Finance “amir” for Jund Sample (QDe.906).', ['MEMBER_OF Jund Sample [QDe.906]', 'FINANCIAL_LINK Jund Sample [QDe.906]']],
    ['Senior member of Jemaah Islamiyah (QDe.092) involved in planning attacks.', ['MEMBER_OF Jemaah Islamiyah [QDe.092]']],
    [
      'Spokesperson of the Islamic State in Iraq and the Levant - Khorasan (ISIL - K) (QDe.161).',
      ['MEMBER_OF Islamic State in Iraq and the Levant - Khorasan [QDe.161]'],
    ],
    [
      'Finance chief of the Organization of Al-Qaida in the Islamic Maghreb (QDe.014).',
      ['MEMBER_OF Organization of Al-Qaida in the Islamic Maghreb [QDe.014]', 'FINANCIAL_LINK Organization of Al-Qaida in the Islamic Maghreb [QDe.014]'],
    ],
    ['Emir of the Sample battalion, one of the components of Ansar Sample (QDe.905).', ['LEADER_OF Sample battalion []', 'MEMBER_OF Ansar Sample [QDe.905]']],
    ['Leader of the Sample Front, now known as the katiba Sample of Jund Sample (QDe.906).', ['LEADER_OF Sample Front []', 'MEMBER_OF Jund Sample [QDe.906]']],
    ['Key operative in Ansar Sample (QDe.905).', ['MEMBER_OF Ansar Sample [QDe.905]']],
    ['Remains a senior figure of Ansar Sample (QDe.905).', ['MEMBER_OF Ansar Sample [QDe.905]']],
    ['Military expert, member and recruiter of Jund Sample (QDe.906).', ['MEMBER_OF Jund Sample [QDe.906]']],
  ],
  'possessive-member': [['He acted as Ansar Sample’s spokesman.', ['MEMBER_OF Ansar Sample []']]],
  'department-head': [
    ['Deputy head of the press committee of Ansar Sample (QDe.905).', ['MEMBER_OF Ansar Sample [QDe.905]']],
    ['Chief of finance of Jund Sample (QDe.906).', ['MEMBER_OF Jund Sample [QDe.906]', 'FINANCIAL_LINK Jund Sample [QDe.906]']],
  ],
  merged: [
    ['In March 2009, the group merged with Ansar Sample (QDe.905).', ['MEMBER_OF Ansar Sample [QDe.905] 2009-03..'], GROUP],
    ['In 2009 the group merged with Ansar Sample (QDe.905) to form Jund Sample.', [], GROUP],
  ],
  joined: [
    [
      'Joined Jabhat al-Nusrah, listed as Al-Nusrah Front for the People of the Levant (QDe.137) in October 2013.',
      ['MEMBER_OF Jabhat al-Nusrah [QDe.137] 2013-10..'],
    ],
  ],
  founded: [
    ['One of the founders of Jund Sample (QDe.906).', ['FOUNDED Jund Sample [QDe.906]']],
    ['Formed Jemmah Anshorut Tauhid (JAT) (QDe.133) in 2008.', ['FOUNDED Jemmah Anshorut Tauhid [QDe.133] 2008..']],
    ['Senior leader and co-founder of Lashkar-e-Tayyiba (QDe.118).', ['LEADER_OF Lashkar-e-Tayyiba [QDe.118]', 'FOUNDED Lashkar-e-Tayyiba [QDe.118]']],
    ['The founder is Najmuddin Faraj Ahmad (QDi.226).', [], GROUP],
  ],
  'associated-with': [
    ['A trading company owned by Omar Sample (QDi.902) since 2014.', ['ASSOCIATED_WITH Omar Sample [QDi.902] 2014..'], GROUP],
    ['Its staff and volunteers include Omar Sample (QDi.902).', ['ASSOCIATED_WITH Omar Sample [QDi.902]'], GROUP],
    [
      'Associated with Al-Qaida (QDe.004), Emarat Kavkaz (QDe.131) and Ansar Eddine (QDe.135).',
      ['ASSOCIATED_WITH Al-Qaida [QDe.004]', 'ASSOCIATED_WITH Emarat Kavkaz [QDe.131]', 'ASSOCIATED_WITH Ansar Eddine [QDe.135]'],
    ],
    ['Close associate of Usama bin Laden (deceased).', ['ASSOCIATED_WITH Usama bin Laden []']],
    ['Deputy Commander of Ezatullah Haqqani Khan Sayyid (TAi.064).', ['ASSOCIATED_WITH Ezatullah Haqqani Khan Sayyid [TAi.064]']],
    ['Recruited for Ansar Sample and trained fighters.', ['ASSOCIATED_WITH Ansar Sample []']],
  ],
  'alliance-with': [['The group began its alliance with Al-Qaida (QDe.004) in 2001.', ['ASSOCIATED_WITH Al-Qaida [QDe.004] 2001..'], GROUP]],
  'ties-to': [
    ['He has close ties to Ansar Sample (QDe.905).', ['ASSOCIATED_WITH Ansar Sample [QDe.905]']],
    ['The group cooperated closely with Jund Sample (QDe.906).', ['ASSOCIATED_WITH Jund Sample [QDe.906]'], GROUP],
    // A role before a person's name describes the person: the tie is to the person only.
    ['Cooperated closely with senior Al-Qaida operative Omar Sample.', ['ASSOCIATED_WITH Omar Sample []']],
  ],
  'co-founder-with': [
    ['John Example co-founded Ansar Sample (QDe.905) with Omar Sample in 2003.', ['FOUNDED Ansar Sample [QDe.905] 2003..', 'ASSOCIATED_WITH Omar Sample []']],
  ],
  'possessive-affiliate': [['The group acts as Al-Qaida’s affiliate in Somalia.', ['ASSOCIATED_WITH Al-Qaida []'], GROUP]],
  'possessive-leader': [
    ['In 2010 he assumed the post of Ansar Sample’s overall emir.', ['LEADER_OF Ansar Sample [] 2010..']],
    ['Named the Sample Front’s deputy emir in 2016.', ['LEADER_OF Sample Front [] 2016..']],
    // After "Y, " the role describes Y: Y leads the subject when the subject is the owner, else it is another party's tie.
    ['Omar Sample, EF’s commander at the time, claimed the attack.', ['FORMERLY_ASSOCIATED_WITH Omar Sample []'], GROUP],
    ['Omar Sample, Al-Qaida’s commander, met him.', []],
  ],
  'listed-as-alias-of': [['Listed in 2013 as an alias of Al-Qaida in Iraq (QDe.115).', ['ASSOCIATED_WITH Al-Qaida in Iraq [QDe.115]'], GROUP]],
  financial: [
    ['Financed and armed by Ansar Sample.', ['FINANCIAL_LINK Ansar Sample []'], GROUP],
    ['Fundraiser for Al-Nusrah Front for the People of the Levant (QDe.137).', ['FINANCIAL_LINK Al-Nusrah Front for the People of the Levant [QDe.137]']],
    ['Arranged money transfers for Ansar Sample (QDe.905).', ['FINANCIAL_LINK Ansar Sample [QDe.905]']],
    ['Received money from Jund Sample (QDe.906) for an attack.', ['FINANCIAL_LINK Jund Sample [QDe.906]']],
  ],
  facilitator: [
    [
      'Facilitator for Islamic State in Iraq and the Levant (ISIL), listed as Al-Qaida in Iraq (QDe.115).',
      ['FACILITATOR_OF Islamic State in Iraq and the Levant [QDe.115]'],
    ],
    [
      'Has provided logistical support to the Sahelian group Al Moulathamine, linked with the Organization of Al-Qaida in the Islamic Maghreb (QDe.014).',
      ['FACILITATOR_OF Al Moulathamine []'],
    ],
    ['Provided assistance to Ansar Sample (QDe.905) in 2012.', ['FACILITATOR_OF Ansar Sample [QDe.905]']],
    ['Took part in supplying arms to Jund Sample (QDe.906).', ['FACILITATOR_OF Jund Sample [QDe.906]']],
  ],
  formerly: [
    [
      'Splinter group of Jama’atu Ahlis Sunna Lidda’Awati Wal-Jihad (Boko Haram) (QDe.138).',
      ['FORMERLY_ASSOCIATED_WITH Jama’atu Ahlis Sunna Lidda’Awati Wal-Jihad [QDe.138]'],
      GROUP,
    ],
    ['The group is the result of a split within Ansar Sample (QDe.905).', ['FORMERLY_ASSOCIATED_WITH Ansar Sample [QDe.905]'], GROUP],
    ['It broke away from Ansar Sample (QDe.905) in 2012.', ['FORMERLY_ASSOCIATED_WITH Ansar Sample [QDe.905]'], GROUP],
  ],
};

/** The other rules of sanctions-relations.json (markers, blockers, how parties are named), each with an example. */
const RULE_EXAMPLES: Record<string, Array<[string, string[], typeof PERSON?]>> = {
  former: [
    ['Former leader of Harakat ul-Mujahidin / HUM (QDe.008).', ['FORMERLY_ASSOCIATED_WITH Harakat ul-Mujahidin / HUM [QDe.008]']],
    // The subject named as the one who acts; the same clause about another named party states no tie of the subject.
    ['Laurent Nkunda was replaced as the commander of the CNDP.', ['FORMERLY_ASSOCIATED_WITH CNDP []'], { ref: 'CDi.900', names: ['LAURENT NKUNDA'] }],
    ['Laurent Nkunda was replaced as the commander of the CNDP.', []],
    ['It was originally led by Omar Sample (QDi.902).', ['FORMERLY_ASSOCIATED_WITH Omar Sample [QDi.902]'], GROUP],
    // "formerly known as" names the subject; it does not end a tie.
    ['The group, formerly known as Jund Sample, has close links to Ansar Sample (QDe.905).', ['ASSOCIATED_WITH Ansar Sample [QDe.905]'], GROUP],
  ],
  negation: [['Not affiliated with the humanitarian group International Medical Corps.', []]],
  charges: [['Arrested in Jan. 2007 on charges of being a member of Al-Qaida.', []]],
  'another-party-event': [
    [
      'Leader of Tehrik-e Taliban Pakistan (TTP) (QDe.132) following the death of former TTP leader Maulana Fazlullah (QDi.352).',
      ['LEADER_OF Tehrik-e Taliban Pakistan [QDe.132]'],
    ],
  ],
  kinship: [['Brother of Nurjaman Riduan Isamuddin (QDi.087).', []]],
  'relative-clause': [
    ['Representative for Ilsim International Bank, which is affiliated with the Korea Kwangson Banking Corporation.', []],
    ['Formed in 2015 of local groups that swore allegiance to Ansar Sample.', [], GROUP],
  ],
  'described-party': [['He kept in touch with a senior financier linked to Al-Qaida.', []]],
  namedAs: [
    [
      'Recruiter for Islamic State in Iraq and the Levant, listed as Al-Qaida in Iraq (QDe.115).',
      ['ASSOCIATED_WITH Islamic State in Iraq and the Levant [QDe.115]'],
    ],
    ['Associated with the Islamic Jihad Union (IJU), also known as the Islamic Jihad Group (QDe.119).', ['ASSOCIATED_WITH Islamic Jihad Union [QDe.119]']],
  ],
  apposition: [
    // 'appointed as a … leader of Y' after an entity is the subject's own role.
    [
      'A financier for Ansar Sample (QDe.905), appointed as a provincial leader of Jund Sample (QDe.906).',
      ['FINANCIAL_LINK Ansar Sample [QDe.905]', 'LEADER_OF Jund Sample [QDe.906]'],
    ],
    [
      'Associated with Ibrahim al-Badri (QDi.299), the leader of Al-Qaida in Iraq (QDe.115), since at least Jan. 2012.',
      ['ASSOCIATED_WITH Ibrahim al-Badri [QDi.299] 2012-01..'],
    ],
    ['In 2016, Abu Example (QDi.317), the leader of Example Front, announced a new name.', ['LED_BY Abu Example [QDi.317]'], GROUP],
    // An apposition to another, unlisted party ("X, the press wing of Y") describes that party.
    ['He appeared in a film made by Sample Media, the press wing of Ansar Sample.', []],
    [
      'Founding member of Ansar Eddine (QDe.135), operational leader of Katiba Macina (QDe.170).',
      ['MEMBER_OF Ansar Eddine [QDe.135]', 'FOUNDED Ansar Eddine [QDe.135]', 'LEADER_OF Katiba Macina [QDe.170]'],
    ],
  ],
  notAParty: [['Member of the Taliban Supreme Council as of 2009.', []]],
  commonNoun: [['Appointed chief of staff and deputy to Sultani Makenga (CDi.008).', ['ASSOCIATED_WITH Sultani Makenga [CDi.008]']]],
  personParty: [['Member of Mullah Mohammed Omar’s (TAi.004) inner circle.', ['ASSOCIATED_WITH Mullah Mohammed Omar [TAi.004]']]],
  since: [
    [
      'Since Jan. 2009, deputy to Nasir al-Wahishi (QDi.274), leader of Al-Qaida in the Arabian Peninsula (QDe.129).',
      ['ASSOCIATED_WITH Nasir al-Wahishi [QDi.274] 2009-01..'],
    ],
  ],
  until: [['Leader of Jamaat Abu Banat (QDe.170) until his death in October 2019.', ['LEADER_OF Jamaat Abu Banat [QDe.170] ..2019-10']]],
  range: [
    [
      'Previously listed between 30 May 2013 and 13 May 2014 as an aka of Al-Qaida in Iraq (QDe.115).',
      ['FORMERLY_ASSOCIATED_WITH Al-Qaida in Iraq [QDe.115] 2013-05-30..2014-05-13'],
      GROUP,
    ],
  ],
  inception: [['In January 2017, the group created Hay’at Tahrir al-Sham (HTS) in Idlib.', ['FOUNDED Hay’at Tahrir al-Sham [] 2017-01..'], GROUP]],
  inceptionVerb: [['Appointed commander of Ansar Sample (QDe.905) on 4 May 2016.', ['LEADER_OF Ansar Sample [QDe.905] 2016-05-04..']]],
  listingBasis: [
    [
      'John Example was listed on 2 May 2016 as being associated with Al-Qaida for “financing” or “recruiting for” Ansar Sample (QDe.905) and Jund Sample (QDe.906).',
      ['ASSOCIATED_WITH Al-Qaida []', 'ASSOCIATED_WITH Ansar Sample [QDe.905]', 'ASSOCIATED_WITH Jund Sample [QDe.906]'],
    ],
  ],
  modifier: [
    ['Led by a former Ansar Sample (QDe.905) commander.', [], GROUP],
    ['A financier of Al-Qaida-linked (QDe.004) armed groups, including Jund Sample (QDe.906).', ['FINANCIAL_LINK Jund Sample [QDe.906]']],
    // The subject's own role: after "is a", or at the start of a fragment.
    ['He is a senior Jund Sample (QDe.906) commander.', ['LEADER_OF Jund Sample [QDe.906]']],
    ['Senior Ansar Sample (QDe.905) official.', ['MEMBER_OF Ansar Sample [QDe.905]']],
    ['Yemen-based Ansar Sample (QDe.905) facilitator.', ['FACILITATOR_OF Ansar Sample [QDe.905]']],
  ],
  thirdPartyClause: [['In 2015, Omar Sample (QDi.902) and his men pledged allegiance to Ansar Sample (QDe.905).', [], GROUP]],
  lists: [
    ['Sent funds to Ansar Sample, Jund Sample (QDe.906) and the Sample Brigade.', ['FINANCIAL_LINK Ansar Sample []', 'FINANCIAL_LINK Jund Sample [QDe.906]']],
    [
      'Associated with Ansar Sample (QDe.905), the Sample Brigade and its members Omar Sample (QDi.902) and Ali Sample (QDi.903).',
      ['ASSOCIATED_WITH Ansar Sample [QDe.905]', 'ASSOCIATED_WITH Omar Sample [QDi.902]', 'ASSOCIATED_WITH Ali Sample [QDi.903]'],
    ],
  ],
  objectAfter: [
    ['Provided financial support to Ansar Sample.', ['FINANCIAL_LINK Ansar Sample []']],
    ['In 2001 he established and led a small charity in Yemen called Sample Relief.', ['FOUNDED Sample Relief [] 2001..', 'LEADER_OF Sample Relief []']],
  ],
};

describe('relation rules (src/text/patterns/sanctions-relations.json)', () => {
  it('has an example for every cue and every other rule of the pattern file', () => {
    expect(relationPatterns.cues.map((c) => c.id).sort()).toEqual(Object.keys(RELATION_EXAMPLES).sort());
    const others = [
      'former',
      ...relationPatterns.blockers.map((b) => b.id),
      'namedAs',
      'apposition',
      'notAParty',
      'commonNoun',
      'personParty',
      'listingBasis',
      'modifier',
      'thirdPartyClause',
      'lists',
      'objectAfter',
    ];
    const dates = Object.keys(relationPatterns.dates).filter((k) => k !== 'about');
    expect([...others, ...dates].sort()).toEqual(Object.keys(RULE_EXAMPLES).sort());
  });

  for (const [id, examples] of Object.entries({ ...RELATION_EXAMPLES, ...RULE_EXAMPLES })) {
    it(`reads "${id}"`, () => {
      for (const [sentence, expected, subject] of examples) expect(relations(sentence, subject ?? PERSON)).toEqual(expected);
    });
  }

  it('reads a bare acronym given in brackets earlier as that party, with its reference', () => {
    expect(relations('Was the acting emir of Jund Sample (JS, QDe.906), and remains a senior figure of JS.')).toEqual([
      'LEADER_OF Jund Sample [QDe.906]',
      'MEMBER_OF Jund Sample [QDe.906]',
    ]);
    expect(relations('Spokesman for Ansar Sample (AS) (QDe.905) and emir of AS in Mali.')).toEqual([
      'MEMBER_OF Ansar Sample [QDe.905]',
      'LEADER_OF Ansar Sample [QDe.905]',
    ]);
  });

  it('never reads "listed as" as a relation or an alias of the subject', () => {
    const sentence = 'Leader of Islamic State in Iraq and the Levant, listed as Al-Qaida in Iraq (AQI) (QDe.115).';
    expect(relations(sentence)).toEqual(['LEADER_OF Islamic State in Iraq and the Levant [QDe.115]']);
    expect(readAliases(sentence, PERSON)).toEqual([]);
  });

  it('gives the precision of each date and reads names over wrapped lines', () => {
    const [r] = readRelations('Since Jan. 2012, he is the Leader of Al-Nusrah Front for the People\n      of the Levant (QDe.137).', PERSON);
    expect(r).toMatchObject({
      type: 'LEADER_OF',
      object: 'Al-Nusrah Front for the People of the Levant',
      objectRef: 'QDe.137',
      since: { value: '2012-01', precision: 'MONTH' },
      until: null,
    });
  });
});

/** One example per event pattern id. */
const EVENT_EXAMPLES: Record<string, Array<[string, string[]]>> = {
  death: [
    ['Reportedly deceased in an airstrike in Kunduz in Dec. 2015.', ['DEATH 2015-12']],
    ['He usurped the identity of Abid Hammadou, who allegedly died in Chad in 2004.', []],
  ],
  'own-death': [['Leader of the group until his death in October 2019.', ['DEATH 2019-10']]],
  'own-arrest': [['Led the cell before his arrest.', ['ARREST null']]],
  'own-detention': [['Still directs the group despite his imprisonment since March 2011.', ['DETENTION 2011-03']]],
  split: [['In 2001, the group split from Ansar Sample.', ['OTHER 2001']]],
  registered: [['Registered as a charity in Sampleland on 3 Mar. 1999.', ['OTHER 1999-03-03']]],
  'national-measures': [
    ['In Mali, he has been subject to an assets freeze since 2 June 2014.', ['DESIGNATION 2014-06-02']],
    // A resolution's number is no year, and the bracketed year of the resolution does not date the event.
    ['Also subject to the sanctions measures of resolution 1844 (2008).', ['DESIGNATION null']],
    ['Since 3 May 2011, also subject to the sanctions measures of Security Council resolution 1844 (2008).', ['DESIGNATION 2011-05-03']],
    // A date in a relative clause dates what that clause describes.
    ['Joined Ansar Sample, which the Committee listed in May 2012, and is also subject to a travel ban.', ['DESIGNATION null']],
  ],
  merged: [['On 5 June 2010, the group formally merged with Ansar Sample.', ['OTHER 2010-06-05']]],
  arrest: [
    ['Re-arrested in Sep. 2008 in Mali.', ['ARREST 2008-09']],
    // A date after another act joined by 'and' dates that act.
    ['Captured in Sampleland and handed over to Otherland in 2009.', ['ARREST null']],
  ],
  custody: [
    ['In custody of the United States of America, as of Aug. 2014.', ['DETENTION 2014-08']],
    ['He was held in jail from 2004 to 2009.', ['DETENTION 2004']],
    ['In detention in Mali as at Jun. 2012.', ['DETENTION 2012-06']],
    ['Remains in custody as at May 2015.', ['DETENTION 2015-05']],
    ['Served his sentence in Sampleland.', ['DETENTION null']],
    ['Arrested in 2001, was further detained between 2003 and 2005.', ['ARREST 2001', 'DETENTION 2003']],
    // The end of a state does not date it.
    ['In jail in Sampleland until 4 May 2030.', ['DETENTION null']],
  ],
  release: [
    ['Arrested in 2005 and released on 15 Apr. 2009.', ['ARREST 2005', 'RELEASE 2009-04-15']],
    ['He was detained in 2006 but was released in May 2008.', ['DETENTION 2006', 'RELEASE 2008-05']],
  ],
  listed: [['Previously listed between 16 Jan. 2008 and 3 Jan. 2014 (amended on 1 Jul. 2008).', ['DESIGNATION 2008-01-16']]],
  escape: [
    ['Arrested in April 2005 in Mauritania, escaped from jail on 26 Apr. 2006.', ['ARREST 2005-04', 'OTHER 2006-04-26']],
    ['Extradited to Sampleland, where he escaped from jail in 2007.', ['OTHER 2007']],
  ],
  'self-declared': [['Declared himself “caliph” in Mosul in 2014.', ['OTHER 2014']]],
  'name-change': [
    ['Legally changed family name from Aouani to Lakhal in 2014.', ['OTHER 2014']],
    // A relative time ("two years later") keeps the date before it from dating the event.
    ['In 2012 it joined Ansar Sample, and two years later took the name of Jund Sample.', ['OTHER null']],
  ],
  formed: [['Formed in 2007, its leader is Hakimullah Mehsud.', ['OTHER 2007']]],
  delisted: [['De-listed on 3 Jan. 2014.', ['OTHER 2014-01-03']]],
};

describe('event rules (src/text/patterns/sanctions-events.json)', () => {
  it('has an example for every event pattern', () => {
    expect(eventPatterns.events.map((e) => e.id).sort()).toEqual(Object.keys(EVENT_EXAMPLES).sort());
  });
  for (const [id, examples] of Object.entries(EVENT_EXAMPLES)) {
    it(`reads "${id}"`, () => {
      for (const [sentence, expected] of examples) expect(readEvents(sentence).map((e) => `${e.type} ${e.date?.value ?? null}`)).toEqual(expected);
    });
  }
  it('reads the events of the subject named by its own name, not of another named party', () => {
    const events = (sentence: string) => readEvents(sentence, PERSON).map((e) => `${e.type} ${e.date?.value ?? null}`);
    expect(events('Example died in an air strike on 3 May 2019.')).toEqual(['DEATH 2019-05-03']);
    expect(events('John Example was reportedly killed in 2015.')).toEqual(['DEATH 2015']);
    expect(events('Omar Sample was killed in 2015.')).toEqual([]);
    expect(events('Confirmed deceased on 1 May 2017.')).toEqual(['DEATH 2017-05-01']);
  });
  it('reads no event inside brackets or of another party', () => {
    expect(readEvents('Associated with Abdelmalek Droukdel (QDi.232, reported deceased in June 2020).')).toEqual([]);
    expect(readEvents('Close associate of Usama bin Laden (deceased).')).toEqual([]);
  });
});

/** One example per alias rule: comments (the subject's other names) and alias entries (markers and scripts). */
const COMMENT_ALIAS_EXAMPLES: Record<string, Array<[string, string[], typeof PERSON?]>> = {
  'formerly-known-as': [
    ['Example Front (formerly known as Jabhat al-Qadim) operates in Idlib.', ['FORMER_NAME Jabhat al-Qadim'], GROUP],
    ['Mother’s name is Amina Example (formerly known as Amina Old).', []],
  ],
  'changed-name-from': [['Legally changed family name from Ben Soltane to Hamdi in 2014.', ['FORMER_NAME Ben Soltane']]],
  'changed-name-to': [
    ['In 2016 the group changed its name to Jabhat Fath al-Sham.', ['ALIAS Jabhat Fath al-Sham'], GROUP],
    ['In 2012 it joined Ansar Sample, and two years later took the name of Jund Sample.', ['ALIAS Jund Sample'], GROUP],
    ['Omar Sample joined Ansar Sample, and later took the name of Jund Sample.', [], GROUP],
  ],
  'identity-of': [['He usurped the identity of Abid Hammadou, who allegedly died in Chad in 2004.', ['ALIAS Abid Hammadou']]],
  'appeared-also-as': [['Until 2008, this entity appeared also as "Aid Organization of the Ulema" (QDe.073).', ['ALIAS Aid Organization of the Ulema'], GROUP]],
  'registered-under-name': [
    ['Registered in Sampleland as a charity under the name of “Sample Relief Society” on 2 Feb. 2002.', ['ALIAS Sample Relief Society'], GROUP],
    ['Omar Sample registered a shop under the name of “Sample Trading”.', [], GROUP],
  ],
  'also-known-as': [
    ['Also known as Abu Mithal.', ['ALIAS Abu Mithal']],
    ['Associated with the Islamic Jihad Union (IJU), also known as the Islamic Jihad Group (QDe.119).', []],
    ['Deputy Amir of Lashkar-e-Tayyiba (QDe.118) a.k.a. Jamaat-ud-Dawa.', []],
  ],
};

const ALIAS_ENTRY_EXAMPLES: Record<string, Array<[string, string, string[]]>> = {
  'nom-de-guerre': [
    ['Muhammad Jamal Abu Ahmad (nom de guerre)', '', ['NOM_DE_GUERRE Muhammad Jamal Abu Ahmad']],
    [
      'أبو دعاء (Abu Du’a; Abu Duaa’)',
      '(prominently known by this nom de guerre)',
      ['NOM_DE_GUERRE أبو دعاء', 'NOM_DE_GUERRE Abu Du’a', 'NOM_DE_GUERRE Abu Duaa’'],
    ],
  ],
  'formerly-listed-as': [
    ['Saiyid Abd al-Man (formerly listed as)', '', ['FORMER_LISTING Saiyid Abd al-Man']],
    ['Abid Hammadou', '(previously listed as)', ['FORMER_LISTING Abid Hammadou']],
  ],
  'transliterations-of': [
    [
      'Abu Mohamed al-Jawlani',
      'Abu Muhammad al-Jawlani, Abu Mohammed al-Golani (transliterations of original script name)',
      ['ALIAS Abu Mohamed al-Jawlani', 'TRANSLITERATION Abu Muhammad al-Jawlani', 'TRANSLITERATION Abu Mohammed al-Golani'],
    ],
  ],
  'original-script-tag': [['Abu Yahya (original script)', '', ['ALIAS Abu Yahya']]],
  translation: [['شيخ الفاتح', '(Translation: The Conqueror)', ['ALIAS شيخ الفاتح']]],
  'original-script': [['Abu Banat', 'original script: Абу Банат', ['ORIGINAL_SCRIPT Абу Банат', 'ALIAS Abu Banat']]],
  'in-language': [
    ['Abu Bakr al-Jaziri', 'Previously listed as. In Arabic: أبوبكر الجزائري ', ['ORIGINAL_SCRIPT أبوبكر الجزائري', 'FORMER_LISTING Abu Bakr al-Jaziri']],
  ],
  transliterations: [
    [
      'شيخ الفاتح',
      '(transliterations: Shaykh al-Fatih; Al Fatih ) (Nom de guerre)',
      ['TRANSLITERATION Shaykh al-Fatih', 'TRANSLITERATION Al Fatih', 'NOM_DE_GUERRE شيخ الفاتح'],
    ],
  ],
};

describe('alias rules (src/text/patterns/alias-kinds.json)', () => {
  it('has an example for every rule', () => {
    expect(aliasPatterns.comments.map((c) => c.id).sort()).toEqual(Object.keys(COMMENT_ALIAS_EXAMPLES).sort());
    expect([...aliasPatterns.markers, ...aliasPatterns.scripts].map((m) => m.id).sort()).toEqual(Object.keys(ALIAS_ENTRY_EXAMPLES).sort());
  });
  for (const [id, examples] of Object.entries(COMMENT_ALIAS_EXAMPLES)) {
    it(`reads "${id}" in the comments`, () => {
      for (const [sentence, expected, subject] of examples)
        expect(readAliases(sentence, subject ?? PERSON).map((a) => `${a.kind} ${a.text}`)).toEqual(expected);
    });
  }
  for (const [id, examples] of Object.entries(ALIAS_ENTRY_EXAMPLES)) {
    it(`reads "${id}" in an alias entry`, () => {
      for (const [name, note, expected] of examples) expect(readAliasEntry(name, note).map((a) => `${a.kind} ${a.text}`)).toEqual(expected);
    });
  }
  it('takes no name from a note that is a remark', () => {
    expect(readAliasEntry('Muhamad Ricky Ardhan', '(appears in false Indonesian passport number S335026)')).toEqual([
      { text: 'Muhamad Ricky Ardhan', kind: 'ALIAS' },
    ]);
    expect(readAliasEntry('Yaser Hassan', 'born 1 Feb. 1966 in Hasmija')).toEqual([{ text: 'Yaser Hassan', kind: 'ALIAS' }]);
  });
});

describe('dates in the text', () => {
  it('reads no year in a resolution’s number', () => {
    expect(datesIn('resolution 1844 (2008) and resolutions 2253 of 2015').map((d) => d.value)).toEqual(['2008', '2015']);
  });
  it('reads days, months and years with their precision and offsets', () => {
    const text = 'Since Jan. 2012, on 30 Sep. 2011, in the late 1980s, from 2007 to 2009, 12 February 2020.';
    expect(datesIn(text).map((d) => [d.value, d.precision, text.slice(d.start, d.end)])).toEqual([
      ['2012-01', 'MONTH', 'Jan. 2012'],
      ['2011-09-30', 'DAY', '30 Sep. 2011'],
      ['2007', 'YEAR', '2007'],
      ['2009', 'YEAR', '2009'],
      ['2020-02-12', 'DAY', '12 February 2020'],
    ]);
    expect(parseDate('Sept. 1998')).toEqual({ value: '1998-09', precision: 'MONTH' });
    expect(parseDate('the 1990s')).toBeNull();
  });
});
