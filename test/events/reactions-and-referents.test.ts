/**
 * Eleventh pass: reactions and what they refer to. Critics named after "drawing condemnation from",
 * a relative clause's head as the act judged ("an attack that X denounced"), "blames … on",
 * reactions to the article's lead act ("condemned the move"), "the two leaders" as the last two
 * people named, pronouns of a participle clause placed as their antecedent was, hyphenated
 * modifiers ("army-led government"), annexations in a treaty's participle, organisations agreeing
 * among their members, rival groups of one country. Invented sentences through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { code, dyads, only } from './pipeline-helpers.js';
import { explain } from '../../src/events/explain.js';
import { defaultContext, runDocument } from '../../src/pipeline.js';

const codes = (evs: ReturnType<typeof code>) => evs.map((e) => `${dyads([e])[0]}/${e.cameo.code}`);

describe('reactions', () => {
  it('"drawing condemnation from A, B and C": each critic disapproves of the subject', () => {
    const evs = code(
      'Iran launched a satellite rocket on Tuesday, a week before the French election, drawing condemnation from Paris, Berlin and London.',
    );
    expect(dyads(only(evs, 'ACCUSE')).sort()).toEqual(['DEU>IRN:ACCUSE', 'FRA>IRN:ACCUSE', 'GBR>IRN:ACCUSE']);
    expect(only(evs, 'ACCUSE')[0].rule).toContain('reaction');
  });

  it("a reaction from the subject's own side is none", () => {
    const evs = code(
      'Venezuela seized the tanker on Friday, drawing praise at home and protests from Caracas residents.',
    );
    expect(only(evs, 'ACCUSE')).toEqual([]);
  });

  it('"an attack that Qatar denounced" is aimed at whoever carried out the attack', () => {
    const evs = code(
      'Turkish jets bombed fuel depots near Erbil on Sunday, in a strike that Iraq denounced as a violation of its sovereignty.',
    );
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['IRQ>TUR:ACCUSE']);
  });

  it('"a cyberattack that Berlin blames on Russian hackers" accuses Russia', () => {
    const evs = code('Poland expelled two diplomats over a cyberattack that Warsaw blames on Belarusian hackers.');
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['POL>BLR:ACCUSE']);
  });

  it('"condemned the move" answers the article\'s lead act, not the latest one', () => {
    const evs = code(
      'Moscow on Monday annexed two districts of eastern Georgia after a disputed vote. ' +
        'Gunmen later stormed a police post in Tbilisi, wounding two officers. ' +
        'The European Union condemned the move.',
    );
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['IGOEUREEC>RUS:ACCUSE']);
  });

  it('"the two leaders condemned the launch": the last two people named, not the launcher', () => {
    const evs = code(
      'Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese agreed on Monday to hold yearly summits. ' +
        'The talks in Jakarta covered trade and fisheries. ' +
        'Prabowo said the relationship had never been stronger. ' +
        'Hours earlier, North Korea fired a ballistic missile into the sea off its east coast. ' +
        'The two leaders condemned the launch.',
      '2025-05-12',
    );
    expect(dyads(only(evs, 'ACCUSE')).sort()).toEqual(['AUS>PRK:ACCUSE', 'IDN>PRK:ACCUSE']);
  });

  it('a Korean leader is known by the family name', () => {
    const evs = code(
      'South Korean President Lee Jae-myung arrived in Tokyo on Saturday. Lee met Japanese Prime Minister Shigeru Ishiba.',
      '2025-08-23',
    );
    expect(dyads(only(evs, 'CONSULT'))).toContain('KOR>JPN:CONSULT');
  });
});

describe('pronouns of a participle clause', () => {
  it('"ended talks with communist rebels, accusing them of …": the rebels are placed as before', () => {
    const evs = code(
      'Colombian President Gustavo Petro suspended peace talks with guerrilla rebels on Friday, accusing them of killing two soldiers.',
      '2025-01-20',
    );
    expect(dyads(evs)).toEqual(['COL>COL:SANCTION', 'COL>COL:ACCUSE']);
  });

  it('"suspended the licences of radio stations, accusing them of …" is aimed where the first act was', () => {
    const evs = code(
      "Niger's military rulers suspended the licences of two private television channels on Monday, accusing them of spreading false news.",
    );
    expect(dyads(evs)).toEqual(['NER>NER:COERCE', 'NER>NER:ACCUSE']);
  });
});

describe('actors and acts', () => {
  it('"Sudan\'s army-led government" is the government of Sudan', () => {
    const evs = code("Chad's army-led government accused Libya on Sunday of arming rebels.");
    expect(evs[0].source.actor?.cameo).toBe('TCDGOV');
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['TCD>LBY:ACCUSE']);
  });

  it('"signed a treaty absorbing X into Y" is an annexation by the signer', () => {
    const evs = code(
      'The Russian president on Friday signed a treaty absorbing Transnistria into the Russian Federation.',
    );
    expect(dyads(only(evs, 'COERCE'))).toEqual(['RUS>MDA:COERCE']);
  });

  it('"authorised its troops to use their weapons" concedes nothing', () => {
    const evs = code(
      'Moldova accused Russia of sending troops into Transnistria. The Moldovan president authorised Moldovan troops to fire if attacked.',
    );
    expect(only(evs, 'CONCEDE')).toEqual([]);
  });

  it('an organisation agreeing among its members is an untargeted AGREE, not support for a city', () => {
    const evs = code('EU leaders agreed at a summit in Brussels on Thursday to double military aid by 2027.');
    expect(codes(evs)).toEqual(['IGOEUREEC>-:AGREE/030']);
  });

  it('"the two leaders agreed on a ceasefire" just after they met, in the same sentence', () => {
    const evs = code(
      'Kenyan President William Ruto met Ugandan President Yoweri Museveni in Mombasa on Tuesday, and the two leaders agreed on a ceasefire along their border.',
    );
    expect(codes(only(evs, 'AGREE'))).toEqual(['KEN>UGA:AGREE/0356']);
  });

  it('"rival armed groups in Libya\'s capital agreed to a truce": the country with itself', () => {
    const evs = code(
      'Rival militias in the Haitian capital agreed to a truce on Sunday after a week of clashes, church mediators said.',
    );
    expect(codes(evs)).toEqual(['HTI>HTI:AGREE/0356']);
  });
});

describe('diplomatic steps and clauses', () => {
  it('"gave the ambassador 48 hours to leave" expels; "Congo" is the Democratic Republic', () => {
    const evs = code("Congo on Saturday gave Uganda's ambassador 48 hours to leave the country.");
    expect(codes(evs)).toEqual(['COD>UGA:COERCE/174']);
  });

  it('"the Republic of Congo" is Brazzaville', () => {
    const evs = code('The Republic of Congo expelled a French diplomat on Monday.');
    expect(evs[0]?.source.actor?.country).toBe('COG');
  });

  it('"closed its embassy in Niamey" reduces relations with Niger', () => {
    const evs = code('Italy said on Friday it had closed its embassy in Niamey.');
    expect(codes(evs)).toEqual(['ITA>NER:SANCTION/161']);
  });

  it('"regretted the arrests in Baku": a state deplores another state\'s arrests', () => {
    const evs = code(
      'Azerbaijani police arrested seven Russian citizens in Baku on Monday. Russian police had detained two Azerbaijanis in Moscow last week. Moscow regretted the arrests.',
    );
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['RUS>AZE:ACCUSE']);
  });

  it('"accused X of torturing the detainees, demanded …": the object of a gerund is no subject', () => {
    const evs = code(
      'Armenia accused Azerbaijani guards of beating the prisoners, demanded an inquiry and recalled its envoy.',
    );
    expect(only(evs, 'REQUEST').map((e) => e.source.actor?.country)).toEqual(['ARM']);
  });

  it('the purpose of a course someone argued for is no act', () => {
    const evs = code(
      'Two senior generals had argued for keeping troops in Iraq to counter Iranian influence, officials said.',
    );
    expect(evs).toEqual([]);
  });
});

describe('attackers and compounds', () => {
  it('"masked gunmen burst into a studio in Guayaquil" is an attack where it happened', () => {
    const evs = code('Masked gunmen burst into a radio station in Medellin on Tuesday, threatening staff with rifles.');
    expect(dyads(only(evs, 'ASSAULT'))).toEqual(['COL>COL:ASSAULT']);
  });

  it('"an attacker stabbed three people in Lyon": an unnamed attacker, placed where it happened', () => {
    const evs = code('An attacker stabbed three people at a market in Lyon on Sunday.');
    expect(dyads(evs)).toEqual(['FRA>FRA:ASSAULT']);
  });

  it('"FARC rebels" are the FARC; "Santos and the leader of the FARC rebels" a compound', () => {
    const evs = code(
      'Colombian President Juan Manuel Santos and the leader of the FARC rebels signed a peace agreement on Monday in Havana.',
      '2016-09-27',
    );
    expect(dyads(evs)).toEqual(['COL>COL:SUPPORT']);
    expect(evs[0].target?.actor?.id).toBe('revolutionary_armed_forces_of_colombia');
  });

  it('a participle after a noun phrase is no pattern noun ("protesters demanding" is not "a demand")', () => {
    const evs = code('Bolivian police clashed with miners demanding higher wages in La Paz on Thursday.');
    expect(only(evs, 'ACCUSE')).toEqual([]);
  });
});

describe('more actors and purposes', () => {
  it('"Republican lawmakers" and "Senate Democrats" are the US legislature', () => {
    const evs = code(
      'Republican lawmakers criticised President Joe Biden on Sunday for waiting a week to act.',
      '2023-02-05',
    );
    expect(codes(evs)).toEqual(['USA>USA:ACCUSE/111']);
    expect(evs[0].source.actor?.cameo).toBe('USALEG');
  });

  it('"summoned the ambassador to protest": the protest is the summoner\'s, coded once as the summons', () => {
    const evs = code(
      "Turkey's foreign ministry summoned Sweden's ambassador, Staffan Herrstrom, to protest against the burning of a Koran.",
    );
    expect(only(evs, 'PROTEST')).toEqual([]);
    expect(dyads(evs)).toEqual(['TUR>SWE:ACCUSE']);
  });

  it('"struck suspected militant hideouts" is a strike, not an accusation', () => {
    const evs = code('Pakistani jets struck suspected militant hideouts inside Afghanistan on Monday.');
    expect(dyads(evs)).toEqual(['PAK>AFG:ASSAULT']);
  });
});

describe('diplomacy', () => {
  it('"the memorandum was signed by A, B and C": the passive signers, each pair', () => {
    const evs = code('The memorandum was signed by Egypt, Jordan and Iraq in Baghdad on Sunday.');
    expect(dyads(evs).sort()).toEqual(['EGY>IRQ:SUPPORT', 'EGY>JOR:SUPPORT', 'JOR>IRQ:SUPPORT']);
  });

  it('"discussed Syria with Trump": the partner, not the topic; a compound discussing a country meets itself', () => {
    const withPartner = code('Macron discussed Lebanon with Erdogan in a phone call on Tuesday.', '2023-03-01');
    expect(codes(withPartner)).toEqual(['FRA>TUR:CONSULT/041']);
    const compound = code('Blinken and Wang Yi discussed Taiwan by phone on Friday.', '2023-03-01');
    expect(codes(compound)).toEqual(['USA>CHN:CONSULT/041']);
  });

  it('"X said after talks with Y": talks between the speaker and Y', () => {
    const evs = code('Scholz said after talks with Modi in Berlin that trade would grow.', '2023-05-02');
    expect(dyads(only(evs, 'CONSULT'))).toEqual(['DEU>IND:CONSULT']);
  });

  it('"announced the deal at a joint news conference" is a meeting of the two', () => {
    const evs = code('Armenia and Azerbaijan announced the accord at a joint news conference in Washington.');
    expect(dyads(only(evs, 'CONSULT'))).toEqual(['ARM>AZE:CONSULT']);
  });

  it('"reopened its embassy in Riyadh" restores relations with Saudi Arabia', () => {
    const evs = code('Qatar reopened its embassy in Cairo on Monday.');
    expect(codes(evs)).toEqual(['QAT>EGY:SUPPORT/054']);
  });

  it("protesters storming a foreign embassy are where it happened, not of the embassy's country", () => {
    const evs = code(
      'Protesters stormed the Danish embassy in Tehran on Friday over a cartoon published in Copenhagen.',
    );
    expect(dyads(evs)).toEqual(['IRN>DNK:PROTEST']);
  });

  it('the reason of a criticism is no act ("criticised X for not ordering the drone destroyed")', () => {
    const evs = code(
      'Opposition lawmakers in Seoul criticised President Yoon for not ordering the drone shot down.',
      '2023-01-02',
    );
    expect(only(evs, 'ASSAULT')).toEqual([]);
  });
});

describe('access, objections, descriptions, violations', () => {
  it('"allowed a UN aid convoy to enter" gives access (0863), it gives no aid', () => {
    const evs = code('Myanmar allowed a UN aid convoy to enter Rakhine state on Monday.');
    expect(codes(evs)).toEqual(['MMR>IGOUNO:RETREAT/0863']);
  });

  it('"has not allowed aid trucks to enter Gaza": negated access, aimed where they go, not at the attribution', () => {
    const evs = code('Egypt has not allowed aid trucks to enter Gaza through the Rafah crossing, U.N. officials said.');
    expect(evs.map((e) => `${dyads([e])[0]}${e.negated ? ' NEG' : ''}`)).toEqual(['EGY>PSE:RETREAT NEG']);
  });

  it('"dropped its objection to Sweden\'s membership" concedes to Sweden', () => {
    const evs = code("Hungary dropped its objection to Ukraine's membership talks on Thursday.");
    expect(dyads(evs)).toEqual(['HUN>UKR:CONCEDE']);
  });

  it('"described the decision as unfriendly" criticises whose decision it was', () => {
    const evs = code('Beijing described the Dutch decision as unfriendly.');
    expect(codes(evs)).toEqual(['CHN>NLD:ACCUSE/111']);
    expect(evs[0].rule).toContain('described X as Y');
  });

  it('"said X had violated its airspace" alleges the violation', () => {
    const evs = code('Lithuania said a Belarusian helicopter had violated its airspace on Tuesday.');
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['LTU>BLR:ACCUSE']);
  });

  it('"said X bore responsibility for the attack" accuses X', () => {
    const evs = code('The Israeli government said Iran bore responsibility for the attack.');
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['ISR>IRN:ACCUSE']);
  });
});

describe('one event, several sentences', () => {
  it('a meeting reported twice in an article is one event that keeps both sentences', () => {
    const evs = code(
      'Scholz met Macron in Paris on Monday. The two leaders also discussed energy prices and Ukraine.',
      '2023-05-02',
    );
    const consult = only(evs, 'CONSULT');
    expect(consult).toHaveLength(1);
    expect(consult[0].sentence.text).toMatch(/^Scholz met Macron/);
    expect(consult[0].reports?.map((r) => r.text)).toEqual([
      'The two leaders also discussed energy prices and Ukraine.',
    ]);
    expect(explain(consult[0])).toContain('also reported: The two leaders also discussed');
  });

  it('an event reported once has no other reports', () => {
    const evs = code('Scholz met Macron in Paris on Monday.', '2023-05-02');
    expect(evs[0].reports).toBeUndefined();
  });
});

describe('the two parties as "they"', () => {
  it('"X met Y … They agreed …": the two, agreeing with each other', () => {
    const evs = code(
      'Scholz met Macron in Paris on Monday. They agreed that the summit should be postponed.',
      '2023-05-02',
    );
    expect(dyads(only(evs, 'AGREE'))).toEqual(['DEU>FRA:AGREE']);
    expect(only(evs, 'AGREE')[0].rule).toContain('"They" = Scholz and Macron');
  });

  it('"they" is not the pair for an act one side does to others', () => {
    const evs = code('Scholz met Macron in Paris on Monday. They criticised the European Commission.', '2023-05-02');
    expect(only(evs, 'ACCUSE')).toEqual([]);
  });

  it('"Cartagena" and "Medellin" are in Colombia', () => {
    const evs = code('Gunmen attacked a police station in Medellin on Friday.');
    expect(dyads(evs)).toEqual(['COL>COL:ASSAULT']);
  });
});

describe('placing by compound and dateline', () => {
  it('"the government and the opposition": the opposition joined to a state\'s body is that state\'s', () => {
    const evs = code("Bolivia's government and the opposition resumed talks in Lima on Saturday.");
    expect(codes(evs)).toEqual(['BOL>BOL:CONSULT/046']);
  });

  it('a wire dateline places police when the article names no country often enough', () => {
    const evs = code('LIMA, March 3 (Wire) - Police fired tear gas at protesters who blocked a highway on Tuesday.');
    expect(dyads(only(evs, 'ASSAULT')).concat(dyads(only(evs, 'COERCE')))).toEqual(['PER>PER:ASSAULT']);
  });

  it('"recalled its ambassador … in protest at …" stays a recall (161)', () => {
    const evs = code(
      'Mali recalled its ambassador from Algiers on Sunday in protest at remarks by the Algerian president.',
    );
    expect(codes(evs)).toEqual(['MLI>DZA:SANCTION/161']);
  });

  it('"Taliban representatives and a U.S. delegation held talks": a compound through "and a"', () => {
    const evs = code('Hamas representatives and a Qatari delegation held talks in Cairo on Sunday.');
    expect(dyads(evs)).toEqual(['PSE>QAT:CONSULT']);
  });
});

describe('stances, offices, filings', () => {
  it('"pro-Palestinian protesters in London" are British; "pro-Gadhafi troops" Gadhafi\'s', () => {
    const evs = code('Pro-Palestinian protesters marched in Berlin on Saturday.');
    expect(dyads(evs)).toEqual(['DEU>DEU:PROTEST']);
    const loyal = code('Pro-Gadhafi troops attacked Misrata on Monday.', '2011-04-18');
    expect(dyads(loyal)).toEqual(['LBY>LBY:ASSAULT']);
  });

  it('"detained Istanbul Mayor X": the person, not the city of the office', () => {
    const evs = code('Georgian police detained Tbilisi Mayor Giorgi Baramidze on Friday.');
    expect(evs.map((e) => e.target?.text)).toEqual(['Giorgi Baramidze']);
  });

  it('"filed a case at the court on Friday accusing Israel of …": the filer accuses', () => {
    const evs = code(
      'Nicaragua filed a case at the International Court of Justice on Monday accusing Germany of aiding genocide.',
    );
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['NIC>DEU:ACCUSE']);
  });
});

describe('conditions and ultimatums', () => {
  it('"would halt arms shipments if …" threatens (1311); "would impose sanctions unless …" too (1312)', () => {
    const halt = code('Germany said it would halt arms exports to Turkey if it launched a ground offensive in Syria.');
    expect(codes(halt)).toEqual(['DEU>TUR:THREATEN/1311']);
    const impose = code(
      'The EU said it would impose new sanctions on Belarus unless it freed the detained journalists.',
    );
    expect(codes(impose)).toEqual(['IGOEUREEC>BLR:THREATEN/1312']);
  });

  it('a future sanction with no condition stays the sanction', () => {
    const evs = code('Italy said on Friday it would close its embassy in Niamey.');
    expect(codes(evs)).toEqual(['ITA>NER:SANCTION/161']);
  });

  it('"expelled the ambassador and gave him 72 hours to leave" is one expulsion', () => {
    const evs = code("Chad expelled Sudan's ambassador on Monday and gave him 72 hours to leave.");
    expect(codes(evs)).toEqual(['TCD>SDN:COERCE/174']);
  });
});

describe('states, ceasefires, exercises, judged acts', () => {
  it('a country named bare acts as its state: "Nicaragua expelled Bishop X" is domestic', () => {
    const evs = code('Belarus expelled opposition figure Pavel Sevruk to Lithuania on Sunday.');
    expect(only(evs, 'COERCE').map((e) => e.source.actor?.country)).toEqual(['BLR']);
  });

  it('"announced a temporary ceasefire" with no side named is in its own country', () => {
    const evs = code("Sudan's military government announced a temporary ceasefire on Monday to let aid through.");
    expect(dyads(evs)).toEqual(['SDN>SDN:RETREAT']);
  });

  it('"began their annual Varuna exercise": a compound exercising together (062)', () => {
    const evs = code('The Japanese and Australian navies began their annual Nichi-Gou exercise off Darwin on Monday.');
    expect(codes(evs)).toEqual(['JPN>AUS:COOPERATE/062']);
  });

  it('"criticised Tunisia\'s crackdown on journalists": the crackdown is what is judged, no event of its own', () => {
    const evs = code("The U.N. rights office criticised Algeria's crackdown on journalists on Friday.");
    expect(only(evs, 'ASSAULT')).toEqual([]);
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['IGOUNO>DZA:ACCUSE']);
  });
});

describe('forces withdrawing and readiness', () => {
  it('"M23 rebels withdrew from the town of Kibumba": an armed group retreats in its own country', () => {
    const evs = code('Houthi rebels withdrew from the port of Hodeidah on Saturday under a UN plan.');
    expect(codes(evs)).toEqual(['YEM>YEM:RETREAT/0874']);
  });

  it('"raised the combat readiness of its troops" mobilises (152)', () => {
    const evs = code('Armenia raised the combat readiness of its army on Tuesday.');
    expect(codes(evs)).toEqual(['ARM>-:MOBILIZE/152']);
  });
});

describe('seas, missions, memberships, defections, quantifiers', () => {
  it('"protested outside the Chinese embassy in Manila … in the South China Sea": in the Philippines', () => {
    const evs = code(
      "Hundreds of people protested outside the Russian embassy in Vilnius against Moscow's actions in the Black Sea and the South China Sea.",
    );
    expect(evs.map((e) => e.source.actor?.country)).toEqual(['LTU']);
    // a sea named after a country is not that country: no mention of China in it
    const sea = runDocument(
      { source: 'test', kind: 'text', content: 'The Philippines deployed warships to the South China Sea on Monday.' },
      defaultContext({ published: '2024-05-01' }),
    );
    expect(sea.linked.mentions.map((m) => m.text)).toEqual(['Philippines', 'warships']);
  });

  it('"the African Union suspended Niger\'s membership" reduces relations (160)', () => {
    const evs = code("The African Union suspended Gabon's membership after the coup.");
    expect(codes(evs)).toEqual(['IGOAFRAFU>GAB:SANCTION/160']);
  });

  it('"two pilots defected to Malta": they leave their own side, Malta is no party', () => {
    const evs = code('Two Syrian air force pilots defected to Jordan on Monday.');
    expect(evs.map((e) => `${e.source.actor?.country}>${e.target?.actor?.country}`)).toEqual(['SYR>SYR']);
  });

  it('"several Indian states" holds no verb', () => {
    const evs = code('Farmers blocked roads in several Indian states on Monday.');
    expect(evs.map((e) => e.trigger.text)).toEqual(['blocked']);
  });
});
