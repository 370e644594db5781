/**
 * Sixteenth pass: verbs joined to an infinitive share its governor, retaliation announced is a
 * threat, "would not hesitate to" announces force, envoys told to leave are expelled. Invented
 * sentences through the whole pipeline, with the cases each rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { code, dyads, only } from './pipeline-helpers.js';

const types = (text: string, published = '2024-01-12'): string[] => dyads(code(text, published));

describe('a bare verb joined to an infinitive shares its governor', () => {
  it('what a party is urged to do and to do next is requested of it, not done', () => {
    const evs = code(
      'Secretary of State Mike Pompeo urged the Taliban to keep their promises and cut ties with al-Qaeda.',
      '2020-02-29',
    );
    expect(only(evs, 'SANCTION')).toEqual([]);
    expect(only(evs, 'REQUEST').length).toBe(1);
  });

  it('a past verb after the infinitive is the subject’s own act', () => {
    const evs = code('Russia promised to stop the bombing and sent aid to Aleppo.', '2016-12-14');
    expect(dyads(only(evs, 'AID'))).toEqual(['RUS>SYR:AID']);
    // (the intent's pattern does not reach over "and sent" to the aid)
    expect(only(evs, 'SANCTION')).toEqual([]);
  });
});

describe('retaliation announced threatens', () => {
  it('a party that "would pay a heavy price"', () => {
    expect(types('North Korea said the United States would pay a heavy price.', '2017-08-09')).toEqual([
      'PRK>USA:THREATEN',
    ]);
  });

  it('an act that "would not go unanswered" threatens whoever did it', () => {
    const evs = code(
      'American and British warplanes struck rebel targets across Yemen on Thursday night. A spokesman for Yemen’s Houthis said five fighters had been killed and vowed that the attacks would not go unanswered.',
    );
    const threats = only(evs, 'THREATEN');
    expect(threats.length).toBe(1);
    expect(threats[0].target?.actor?.country).toMatch(/^(USA|GBR)$/);
  });

  it('not when the outcome is denied, nor of one’s own side', () => {
    expect(only(code('The ministry said the attack would go unanswered for now.'), 'THREATEN')).toEqual([]);
  });
});

describe('"would not hesitate to" announces the act', () => {
  it('force or sanctions announced unhesitatingly threaten', () => {
    expect(types('Biden said he would not hesitate to take further action against the Houthis.')).toEqual([
      'USA>YEM:THREATEN',
    ]);
    expect(types('The EU said it would not hesitate to impose new sanctions on Belarus.', '2021-06-01')).toEqual([
      'IGOEUREEC>BLR:THREATEN',
    ]);
  });

  it('what one did not hesitate to do was done', () => {
    expect(types('Israel did not hesitate to strike Hezbollah positions in Lebanon.', '2024-09-20')).toEqual([
      'ISR>LBN:ASSAULT',
    ]);
  });
});

describe('envoys told to leave are expelled', () => {
  it('telling an ambassador to leave, also as a trailing participle', () => {
    expect(
      types(
        'Latvia went further, downgrading relations and telling the Russian ambassador to leave the country.',
        '2022-04-05',
      ),
    ).toEqual(['LVA>RUS:COERCE']);
    expect(types('Lithuania told the Russian ambassador to leave.', '2022-04-05')).toEqual(['LTU>RUS:COERCE']);
  });

  it('telling others to do anything else is a demand', () => {
    expect(types('Lithuania told Russia to withdraw its troops from Ukraine.', '2022-04-05')).toEqual([
      'LTU>RUS:REQUEST',
    ]);
  });
});

describe('joining an occasion and accepting an invitation', () => {
  it('"take part in" and "participate in" talks are the talks of the subject', () => {
    expect(types('Russia took part in the talks with Turkey in Astana.', '2017-01-24')).toEqual(['RUS>TUR:CONSULT']);
    expect(types('Iran participated in the meeting with Turkey.', '2017-01-24')).toEqual(['IRN>TUR:CONSULT']);
    expect(types('The Syrian opposition agreed to take part in the talks with the government.', '2017-01-24')).toEqual([
      'SYR>SYR:AGREE',
    ]);
  });

  it('a visit one accepted an invitation to make is agreed, and no one hosts it yet', () => {
    expect(types('Erdogan accepted an invitation from Putin to visit St Petersburg.', '2016-07-01')).toEqual([
      'TUR>RUS:AGREE',
    ]);
    expect(types('Erdogan will visit Moscow next month.', '2016-07-01')).toEqual(['TUR>RUS:AGREE']);
  });

  it('an invitation extended is no visit', () => {
    expect(only(code('Putin extended an invitation to Erdogan to visit Moscow.', '2016-07-01'), 'CONSULT')).toEqual([]);
  });
});

describe('criticism in other words', () => {
  it('concern or outrage at an act disapproves of whoever did it', () => {
    expect(
      types('The Kremlin expressed concern over the Turkish offensive in northern Syria.', '2019-10-10'),
    ).toContain('RUS>TUR:ACCUSE');
    expect(
      types('Washington expressed outrage at the Russian bombing of a hospital in Aleppo.', '2016-10-02'),
    ).toContain('USA>RUS:ACCUSE');
  });

  it('lashing or hitting out at a party, slamming a decision, questioning good faith', () => {
    expect(types('Lavrov lashed out at Washington over its support for Kurdish fighters.', '2017-05-10')).toEqual([
      'RUS>USA:ACCUSE',
    ]);
    expect(types('Erdogan hit out at the United States for arming the YPG.', '2017-05-10')).toEqual(['TUR>USA:ACCUSE']);
    expect(types('Moscow slammed the US decision to withdraw from the treaty.', '2019-02-02')).toEqual([
      'RUS>USA:ACCUSE',
    ]);
    expect(types("Kerry questioned Russia's commitment to the truce.", '2016-09-20')).toEqual(['USA>RUS:ACCUSE']);
  });

  it('a missile slamming into a building is no criticism', () => {
    expect(only(code('A Russian missile slammed into an apartment block in Kharkiv.', '2022-03-01'), 'ACCUSE')).toEqual(
      [],
    );
  });

  it('confronting an aggression is force, confronting a leader over an act a reproach', () => {
    expect(
      types(
        'The Syrian government said it would confront the Turkish aggression by all legitimate means.',
        '2019-10-17',
      ),
    ).toEqual(['SYR>TUR:THREATEN']);
    expect(types('Merkel confronted Putin over the annexation of Crimea.', '2015-05-10')).toEqual(['DEU>RUS:ACCUSE']);
  });
});

describe('offensives suspended, personnel withdrawn, attacks claimed, occasions attended', () => {
  it('agreeing to suspend an offensive is an agreed truce', () => {
    expect(
      types(
        'Turkey agreed on Thursday to suspend its military offensive in northeast Syria for five days.',
        '2019-10-17',
      ),
    ).toEqual(['TUR>SYR:AGREE']);
  });

  it('one’s personnel withdrawn from a place is a retreat', () => {
    expect(types('Russia said it had withdrawn its personnel from Afrin.', '2018-01-20')).toEqual(['RUS>SYR:RETREAT']);
  });

  it('the claimant of an attack is the attacker, of the attack reported before', () => {
    const evs = code(
      'Gunmen killed 129 people in Paris on Friday night. Islamic State claimed responsibility for the attacks.',
      '2015-11-14',
    );
    const claimed = evs.filter((e) => e.trigger.text === 'claimed');
    expect(claimed.map((e) => `${e.source.actor?.cameo}>${e.target?.actor?.country}:${e.plover.event}`)).toEqual([
      'IMGMUSISI>FRA:ASSAULT',
    ]);
    expect(only(code('No group has claimed responsibility for the attack.', '2015-11-14'), 'ASSAULT')).toEqual([]);
  });

  it('the parties a meeting brings together meet among themselves', () => {
    expect(
      types('The meeting in Vienna brought together the United States, Russia and Iran.', '2015-10-30').sort(),
    ).toEqual(['RUS>IRN:CONSULT', 'USA>IRN:CONSULT', 'USA>RUS:CONSULT'].sort());
    expect(types('The war brought together Russia and Iran.', '2015-10-30')).toEqual([]);
  });

  it('an offensive condemned in the same sentence is not aimed at the one condemning it', () => {
    const evs = code('The European Union condemned the Turkish offensive in northern Syria.', '2019-10-10');
    expect(only(evs, 'ASSAULT').filter((e) => e.target?.actor?.cameo.startsWith('IGO'))).toEqual([]);
  });
});

describe('crowds, named doers, resolve, regret', () => {
  it('a crowd that rallied outside an embassy protests at its country, named by a noun phrase', () => {
    expect(
      types('Thousands of supporters of the coup rallied outside the French embassy in Niamey.', '2023-07-31'),
    ).toEqual(['NER>FRA:PROTEST']);
  });

  it('a verdict on an act "committed by" a party accuses that party', () => {
    expect(
      types(
        'French President Francois Hollande said the attacks were an act of war committed by Islamic State.',
        '2015-11-14',
      ),
    ).toEqual(['FRA>IMGMUSISI:ACCUSE']);
  });

  it('resolve of one’s own side threatens the other side of the article', () => {
    const evs = code('Israel struck Beirut on Monday. Hezbollah said it would not stand idly by.', '2024-07-30');
    expect(dyads(only(evs, 'THREATEN'))).toEqual(['LBN>ISR:THREATEN']);
    expect(only(evs, 'REJECT')).toEqual([]);
  });

  it('regretting deaths one caused is a concession; regretting another’s decision criticises it', () => {
    const evs = code(
      'A NATO air strike killed nine civilians in a house in Tripoli on Sunday. NATO said it regretted the loss of civilian lives.',
      '2011-06-19',
    );
    expect(dyads(only(evs, 'CONCEDE'))).toEqual(['IGOWSTNAT>LBY:CONCEDE']);
    expect(types('Moscow regretted the decision by Washington to expel its diplomats.', '2016-12-30')).toEqual([
      'RUS>USA:ACCUSE',
    ]);
  });
});

describe('guests expected, and who "he" is after reported speech', () => {
  it('an official expected in a capital is a visit agreed on, and "he" after it is the guest', () => {
    const evs = code(
      'Despite the tension, the Kremlin said it was still expecting Secretary of State Rex Tillerson in Moscow next week. He is due to meet Foreign Minister Sergei Lavrov on Wednesday.',
      '2017-04-07',
    );
    expect(dyads(evs)).toEqual(['USA>RUS:AGREE', 'USA>RUS:AGREE']);
    expect(evs[1].source.text).toBe('He');
  });

  it('an outcome expected is no visit', () => {
    expect(types('The ministry said it expected Russia to respond to the proposal.', '2017-04-07')).toEqual([]);
    expect(types('Analysts expect Erdogan in a difficult position.', '2017-04-07')).toEqual([]);
  });
});

describe('accords named with the parties that made them', () => {
  it('an accord agreed, reached, signed or struck by (or between) two parties is agreed among them', () => {
    expect(types('A ceasefire agreed by Russia and Turkey took effect at midnight.', '2016-12-30')).toEqual([
      'RUS>TUR:AGREE',
    ]);
    expect(
      types('Under the deal reached by Putin and Erdogan in Sochi, Kurdish fighters must withdraw.', '2019-10-23'),
    ).toEqual(['RUS>TUR:AGREE']);
    expect(
      types('The deal, agreed in Astana by Russia, Iran and Turkey, sets up four zones.', '2017-05-05').length,
    ).toBe(3);
    expect(types('The memorandum was signed by the defence ministers of Russia and Turkey.', '2018-09-18')).toEqual([
      'RUS>TUR:SUPPORT',
    ]);
    expect(
      types('A deal was struck between Russia and Turkey to allow the evacuation of Aleppo.', '2016-12-14'),
    ).toEqual(['RUS>TUR:AGREE']);
  });

  it('mediators are no parties to the accord they brokered', () => {
    expect(
      only(code('The truce, brokered by the United States and France, took effect.', '2024-11-27'), 'AGREE'),
    ).toEqual([]);
  });

  it('a deal sealed; an intent a compound agreed to is agreed among it', () => {
    expect(types('Erdogan and Putin sealed a deal on Thursday.', '2019-10-23')).toEqual(['TUR>RUS:AGREE']);
    expect(types('Moscow and Damascus agreed to open humanitarian corridors.', '2016-07-28')).toEqual([
      'RUS>SYR:AGREE',
    ]);
  });

  it('a document that "calls for" something is not its parties requesting it', () => {
    expect(types('The Russian-Turkish deal calls for a 15-km buffer zone.', '2018-09-18')).toEqual([]);
  });

  it('consequences announced for a party threaten it', () => {
    expect(
      types(
        'Putin called the downing a stab in the back by those who help terrorists and said it would have serious consequences for relations with Ankara.',
        '2015-11-24',
      ),
    ).toContain('RUS>TUR:THREATEN');
  });
});

describe('hosts, negotiations, verdicts and announcements', () => {
  it('"was received by" a host at a place: the host is the agent, not the place', () => {
    expect(types('Erdogan was received by Putin at the Kremlin.', '2016-08-09')).toEqual(['RUS>TUR:CONSULT']);
  });

  it('hours spent negotiating a deal are talks between the negotiators', () => {
    expect(types('Kerry and Lavrov spent 14 hours negotiating the deal.', '2016-09-10')).toEqual(['USA>RUS:CONSULT']);
  });

  it('a verdict that praises first is praise, whatever crimes the act answered', () => {
    const evs = code(
      "The United States fired 59 cruise missiles at a Syrian air base on Friday. Turkey said the strike was a positive response to the regime's war crimes.",
      '2017-04-07',
    );
    expect(dyads(evs.filter((e) => e.source.actor?.country === 'TUR'))).toEqual(['TUR>USA:SUPPORT']);
  });

  it('what an announcement says another verb did is that verb’s event only', () => {
    expect(
      types('Russia announced it was suspending a memorandum with Washington on air safety over Syria.', '2017-04-07'),
    ).toEqual(['RUS>USA:SANCTION']);
  });

  it('a quoted criticism after "called X a", and ", describing it as" after a report of the act', () => {
    const called = code(
      'The US Navy fired 59 Tomahawk missiles at the Shayrat air base in Syria on Friday. The Syrian military called the strike a "blatant aggression" and said it had killed six people.',
      '2017-04-07',
    );
    expect(dyads(only(called, 'ACCUSE'))).toEqual(['SYR>USA:ACCUSE']);
    const described = code(
      "The United States fired 59 cruise missiles at a Syrian air base on Friday. Syria's army said the attack had killed six people and caused extensive damage, describing it as a blatant aggression.",
      '2017-04-07',
    );
    expect(dyads(only(described, 'ACCUSE'))).toEqual(['SYR>USA:ACCUSE']);
  });
});

describe('warships, halted accords, broken commitments, offensives threatened abroad', () => {
  it('a warship named by its navy prefix is that state’s military', () => {
    expect(
      types(
        'Two destroyers, the USS Porter and the USS Ross, fired 59 Tomahawk missiles at the Shayrat air base southeast of Homs.',
        '2017-04-07',
      ),
    ).toEqual(['USA>SYR:ASSAULT']);
  });

  it('an accord halted with no party named is halted with the other side of the article', () => {
    const evs = code(
      'Russia condemned the American missile strike on a Syrian air base on Friday. The foreign ministry in Moscow said Russia was halting the 2015 memorandum on flight safety.',
      '2017-04-07',
    );
    expect(dyads(only(evs, 'SANCTION'))).toEqual(['RUS>USA:SANCTION']);
  });

  it('a party said to have failed to honour a commitment is accused', () => {
    expect(
      types('Secretary of State Rex Tillerson said Russia had failed to live up to its 2013 commitment.', '2017-04-07'),
    ).toEqual(['USA>RUS:ACCUSE']);
    expect(
      types('Russia failed to reach an agreement with Turkey.', '2017-04-07').filter((d) => d.endsWith('ACCUSE')),
    ).toEqual([]);
  });

  it('an offensive threatened with no party named is aimed at the country the article places events in', () => {
    const evs = code(
      'American troops in Syria will leave soon. Kurdish fighters hold large areas in northeastern Syria. Turkey said last week that it would launch a new offensive east of the Euphrates River within days.',
      '2018-12-19',
    );
    expect(dyads(only(evs, 'THREATEN'))).toEqual(['TUR>SYR:THREATEN']);
  });
});

describe('fronted occasions', () => {
  it('"During a visit to Moscow, X said": X visited Moscow', () => {
    const evs = code(
      'During a visit to Moscow, Erdogan said Turkey and Russia would cooperate against terrorism.',
      '2016-08-09',
    );
    expect(dyads(evs)).toEqual(['TUR>RUS:CONSULT', 'TUR>RUS:AGREE']);
  });

  it('"After meeting X, Y said the two countries had agreed": the meeting, and the pair it names', () => {
    expect(
      types(
        'After meeting Putin in the Kremlin, Erdogan said the two countries had agreed on a ceasefire.',
        '2020-03-05',
      ),
    ).toEqual(['TUR>RUS:CONSULT', 'TUR>RUS:AGREE']);
  });

  it('"Speaking at a joint news conference with X, Y said": they met', () => {
    expect(
      types('Speaking at a joint news conference with Lavrov, Kerry said the truce was holding.', '2016-09-09'),
    ).toEqual(['USA>RUS:CONSULT']);
  });
});

describe('refusals, backing, calls received, talks where one is', () => {
  it('turning down an invitation or rebuffing an offer rejects it', () => {
    expect(types('The United States rebuffed the Russian offer.', '2016-09-01')).toEqual(['USA>RUS:REJECT']);
  });

  it('throwing one’s weight behind a party supports it', () => {
    expect(types('Saudi Arabia threw its weight behind Egypt.', '2016-09-01')).toEqual(['SAU>EGY:SUPPORT']);
  });

  it('a phone call received from a party', () => {
    expect(types('Putin received a phone call from Erdogan on Monday.', '2016-06-29')).toEqual(['RUS>TUR:CONSULT']);
  });

  it('"was in Ankara for talks with his counterpart": talks of the one who was there', () => {
    expect(types('Lavrov was in Ankara on Monday for talks with his Turkish counterpart.', '2016-06-29')).toEqual([
      'RUS>TUR:CONSULT',
    ]);
    expect(types('The delegations were in Geneva for talks.', '2016-06-29')).toEqual([]);
  });
});

describe('forces named by an of-phrase, hyphenated modifiers, downings', () => {
  it('"the withdrawal / deployment of X troops from / to Y" is X’s act on Y', () => {
    expect(types('The withdrawal of Russian troops from Syria began on Tuesday.', '2016-03-15')).toEqual([
      'RUS>SYR:RETREAT',
    ]);
    expect(types('The deployment of US troops to Manbij was meant to deter Turkey.', '2017-03-05')).toEqual([
      'USA>SYR:MOBILIZE',
    ]);
  });

  it('a party in a hyphenated modifier ("the U.N.-authorized Libya mission") is no target', () => {
    expect(
      types(
        'Officials spoke before the March 19 deployment of U.S. forces to the U.N.-authorized Libya mission.',
        '2011-04-01',
      ),
    ).toEqual(['USA>LBY:MOBILIZE']);
  });

  it('a downing by a possessor', () => {
    expect(types("Turkey's downing of the Russian jet triggered a crisis.", '2015-11-25')).toEqual(['TUR>RUS:ASSAULT']);
  });
});

describe('diplomatic protests and bare state bodies', () => {
  it('a protest lodged with no one named goes to the other side of the latest event', () => {
    const evs = code(
      "China cancelled a meeting with Japan's foreign minister on Friday. Japan lodged a formal protest.",
      '2022-08-05',
    );
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['JPN>CHN:ACCUSE']);
  });

  it('"the foreign ministry" after a state acted is that state’s', () => {
    const evs = code(
      'China imposed sanctions on Nancy Pelosi on Friday. The foreign ministry accused Pelosi of interfering in its internal affairs.',
      '2022-08-05',
    );
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['CHN>USA:ACCUSE']);
  });
});

describe('resolutions and their authors', () => {
  it('approving a resolution drafted by parties backs them; rejecting a plan put forward by one rejects it', () => {
    expect(
      types('The Security Council unanimously approved the resolution drafted by Russia and Turkey.', '2016-12-31'),
    ).toEqual(['IGOUNO>RUS:SUPPORT', 'IGOUNO>TUR:SUPPORT']);
    expect(types('Washington rejected the plan put forward by Moscow.', '2016-12-31')).toEqual(['USA>RUS:REJECT']);
  });
});

describe('places that name an occasion', () => {
  it('"the Astana talks" does not place the rebels in Kazakhstan', () => {
    const evs = code('The rebels pulled out of the Astana talks in protest at Russian air strikes.', '2017-04-10');
    expect(evs.some((e) => e.source.actor?.country === 'KAZ' || e.target?.actor?.country === 'KAZ')).toBe(false);
  });
});

describe('blame traded, acts named at length, charges that are no acts', () => {
  it('"blamed each other": each on the other (talks stay among the compound)', () => {
    expect(
      types(
        'Russia and the United States blamed each other on Tuesday for the collapse of the ceasefire.',
        '2016-09-20',
      ),
    ).toEqual(['RUS>USA:ACCUSE', 'USA>RUS:ACCUSE']);
    expect(types('Japan and South Korea agreed to consult each other.', '2016-09-20').length).toBe(1);
  });

  it('naming a party’s act at length, over a pattern of calling for something', () => {
    expect(
      types(
        'US Ambassador Samantha Power called Russia\'s emergency meeting of the Security Council "a stunt".',
        '2016-09-25',
      ),
    ).toEqual(['USA>RUS:ACCUSE']);
  });

  it('"said the truce had failed" declares no truce', () => {
    expect(
      types('The Russian defence ministry said the truce had failed because of the rebels.', '2016-09-20').filter((d) =>
        d.endsWith('RETREAT'),
      ),
    ).toEqual([]);
  });

  it('a charge of protecting terrorists is an accusation, not protection given', () => {
    const evs = code('Lavrov said Washington was protecting terrorists in Syria.', '2016-09-20');
    expect(dyads(evs)).toEqual(['RUS>USA:ACCUSE']);
  });
});

describe('labels and reproaches', () => {
  it('"labelled X unacceptable" criticises, "took X to task" reproaches (no seizure)', () => {
    expect(types('Russia labelled the decision by Washington unacceptable.', '2017-04-10')).toEqual(['RUS>USA:ACCUSE']);
    expect(types('Iran took the United States to task for its sanctions.', '2017-04-10')).toEqual(['IRN>USA:ACCUSE']);
    expect(types('Erdogan branded the YPG a terrorist organisation.', '2017-04-10')).toEqual(['TUR>SYR:ACCUSE']);
  });
});

describe('verdicts quoted before their attribution', () => {
  it('"This is an act of aggression," X said; "It was the right thing to do," Y said', () => {
    const evs = code(
      'The United States fired 59 cruise missiles at a Syrian air base on Friday.\n\n"This is an act of aggression against a sovereign state," Lavrov said.\n\n"It was the right thing to do," British Prime Minister Theresa May said.',
      '2017-04-07',
    );
    expect(dyads(evs.filter((e) => e.trigger.text === 'said'))).toEqual(['RUS>USA:ACCUSE', 'GBR>USA:SUPPORT']);
  });

  it('"any such strikes" condemned are the strikes reported', () => {
    const evs = code(
      'The United States fired 59 cruise missiles at a Syrian air base on Friday. Iran\'s foreign ministry spokesman said: "We strongly condemn any such unilateral strikes."',
      '2017-04-07',
    );
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['IRN>USA:ACCUSE']);
  });
});

describe('hosting talks between two sides', () => {
  it('talks hosted between two sides are mediated (not an intent to mediate)', () => {
    expect(
      types('Kazakhstan hosted talks between Russia and Turkey.', '2018-09-10').filter((d) => d.startsWith('KAZ')),
    ).toEqual(['KAZ>RUS:CONSULT', 'KAZ>TUR:CONSULT']);
  });
});
