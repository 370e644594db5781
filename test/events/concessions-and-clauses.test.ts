/**
 * Fifteenth pass: concessions as the PLOVER manual defines them (future retreats and apologies are
 * CONCEDE, an intent agreed between parties is AGREE), participle clauses joined by "and", naming
 * clauses before an object, and pronoun subjects after an adverb. Invented sentences through the
 * whole pipeline, with the cases each rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { code, dyads, only } from './pipeline-helpers.js';

const types = (text: string, published = '2019-03-01'): string[] => dyads(code(text, published));

describe('concessions (PLOVER manual: future retreats and regret are CONCEDE)', () => {
  it('an announced withdrawal, lifting or release by one side is a future concession', () => {
    const withdraw = code('The Kremlin said Russia would withdraw its troops from Syria.', '2016-03-14');
    expect(dyads(withdraw)).toEqual(['RUS>SYR:CONCEDE']);
    expect(withdraw[0].plover.context).toContain('future');
    expect(types('Moscow will lift restrictions on Turkish imports, the ministry said.')).toEqual(['RUS>TUR:CONCEDE']);
    expect(types('The government will allow aid convoys into Aleppo.', '2016-12-14')).toEqual(['SYR>SYR:CONCEDE']);
  });

  it('the same intent agreed between parties is an agreement', () => {
    expect(types('Armenia and Azerbaijan agreed on Friday to exchange prisoners of war.', '2020-10-16')).toEqual([
      'ARM>AZE:AGREE',
    ]);
    expect(
      types('Sudan and South Sudan agreed on a ten-day truce along their border.', '2020-10-16').filter((d) =>
        d.endsWith('AGREE'),
      ).length,
    ).toBeGreaterThan(0);
    expect(
      types('Sudan and South Sudan agreed on a ten-day truce along their border.', '2020-10-16').filter((d) =>
        d.endsWith('CONCEDE'),
      ),
    ).toEqual([]);
  });

  it('an apology or an expression of regret for an act', () => {
    expect(types('Turkey expressed regret to Russia over the downing of the jet.', '2016-06-27')).toEqual([
      'TUR>RUS:CONCEDE',
    ]);
  });

  it('"announced it would lift" is not an announcement of restrictions', () => {
    const evs = code('Russia announced it would lift restrictions on Turkish imports.', '2016-06-30');
    expect(only(evs, 'SANCTION')).toEqual([]);
    expect(dyads(evs)).toEqual(['RUS>TUR:CONCEDE']);
    // (after a skipped phrase the pattern may still reach into its clause)
    expect(
      only(code("Iran's supreme leader vowed that Israel would face severe punishment.", '2025-06-13'), 'THREATEN'),
    ).toHaveLength(1);
  });
});

describe('participle clauses and naming clauses', () => {
  it('a second participle joined by "and" takes the main clause subject', () => {
    const evs = code(
      'Prime Minister Imran Khan announced the release on Thursday, calling it a gesture of peace and urging New Delhi to respond with talks.',
      '2019-03-01',
    );
    expect(dyads(only(evs, 'REQUEST'))).toEqual(['PAK>IND:REQUEST']);
    // (not a violent act after the comma: "…, killing five and wounding twelve")
    expect(
      only(
        code(
          'Israeli jets bombed a building in Gaza, killing five people and wounding Palestinian civilians.',
          '2023-10-10',
        ),
        'ASSAULT',
      ).map((e) => e.trigger.text),
    ).toEqual(['bombed']);
  });

  it('"struck what X said was a camp in Y": the speaker is no target', () => {
    const evs = code(
      'Indian warplanes struck what New Delhi said was a militant training camp at Balakot in Pakistan.',
      '2019-02-26',
    );
    expect(dyads(only(evs, 'ASSAULT')).map((d) => d.split('>')[1])).toEqual(['PAK:ASSAULT']);
  });

  it('a pronoun subject after an adverb: "said it strongly condemned"', () => {
    expect(types('Russia said it strongly condemned the strike by Israel.', '2019-03-01')).toEqual(['RUS>ISR:ACCUSE']);
    expect(types('Japan said it also rejected the demand by Seoul.', '2019-03-01')).toEqual(['JPN>KOR:REJECT']);
    // ("it only" is no adverb of a verb it governs; "it is likely" names no act)
    expect(types('Russia said it was likely that talks would resume.', '2019-03-01')).toEqual([]);
  });
});

describe('what a speaker says another party should or must do', () => {
  it('is asked of that party, and not coded as done', () => {
    expect(types('Starmer said Russia must withdraw its troops from Ukraine.', '2025-03-01')).toEqual([
      'GBR>RUS:REQUEST',
    ]);
    expect(types('Macron said on Tuesday that Israel should lift the blockade on Gaza.', '2024-03-01')).toEqual([
      'FRA>ISR:REQUEST',
    ]);
    expect(types('British Prime Minister Keir Starmer said Iran should not respond.', '2025-06-14')).toEqual([
      'GBR>IRN:REQUEST',
    ]);
  });

  it('not a judgement, an inference, the speaker itself or a denied statement', () => {
    expect(types('Blinken said Iran should be held accountable.', '2024-03-01')).toEqual([]);
    expect(only(code('Blinken said Moscow must have known about the plot.', '2024-03-01'), 'REQUEST')).toEqual([]);
    expect(types('Putin said Russia must strengthen its defences.', '2024-03-01')).toEqual([]);
  });
});

describe("one's own forces drawn down somewhere", () => {
  it('the place named after them is the recipient', () => {
    expect(types('Washington committed to reducing its forces in Afghanistan to 8,600.', '2020-02-29')).toEqual([
      'USA>AFG:CONCEDE',
    ]);
  });
});

describe('delegations, arrivals and meetings of a body', () => {
  it("leading one's own delegation is no event; leading talks with another is meeting it", () => {
    expect(types('Lavrov led the Russian delegation at the talks.', '2017-01-24')).toEqual([]);
    expect(types('Jaafari, who headed the government delegation, spoke to reporters.', '2017-01-24')).toEqual([]);
    expect(types('Turkey led the talks with Russia.', '2017-01-24')).toEqual(['TUR>RUS:CONSULT']);
  });

  it('an official body arriving in a country visits it; exiles, citizens and troops do not', () => {
    expect(
      types(
        'Inspectors from the Organisation for the Prohibition of Chemical Weapons arrived in Damascus on Saturday.',
        '2018-04-14',
      ),
    ).toEqual(['IGO>SYR:CONSULT']);
    expect(types('Evo Morales arrived in Mexico City on Tuesday after resigning.', '2019-11-13')).not.toContain(
      'BOL>MEX:CONSULT',
    );
    expect(types('Dozens of Americans arrived in Malta by ferry on Friday.', '2011-02-25')).toEqual([]);
    expect(types('US troops arrived in Poland on Friday.', '2022-02-05')).toEqual(['USA>POL:AID']);
  });

  it('calling a meeting of a body asks it to meet, with no reciprocal', () => {
    expect(types('France requested an urgent session of the Security Council.', '2018-04-14')).toEqual([
      'FRA>IGOUNO:REQUEST',
    ]);
  });
});

describe('what a reaction refers to', () => {
  it('not a kind of actor no country was found for', () => {
    const evs = code(
      'The United States, Britain and France launched missiles at Syrian government targets on Saturday. ' +
        'Syrian state media said air defences had shot down most of the missiles. ' +
        'Russian President Vladimir Putin condemned the strikes as an act of aggression.',
      '2018-04-14',
    );
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['RUS>USA:ACCUSE']);
  });

  it('a warning that "such actions" will have consequences is aimed at their doer', () => {
    const evs = code(
      'Western allies struck Syria on Saturday.\n\nRussia\u2019s ambassador, Anatoly Antonov, warned that "such actions will not be left without consequences."',
      '2018-04-14',
    );
    expect(dyads(only(evs, 'THREATEN'))).toEqual(['RUS>WST:THREATEN']);
  });
});

describe('truces announced, intents to de-escalate, conditions', () => {
  it('a truce announced together is agreed among the announcers; alone it is declared', () => {
    expect(
      types(
        'The United States and Russia announced on Monday that a nationwide cessation of hostilities in Syria would take effect on Saturday.',
        '2016-02-22',
      ),
    ).toEqual(['USA>RUS:AGREE']);
    expect(types('Russia and Turkey announced a truce in Syria.', '2016-12-29')).toEqual(['RUS>TUR:AGREE']);
    // (the truce itself, "between" its parties, stays what it is)
    expect(
      types('A truce between Israel and Hamas took effect in Gaza at 7 a.m. on Friday.', '2023-11-24').filter((d) =>
        d.endsWith('AGREE'),
      ),
    ).toEqual([]);
  });

  it('an intent to halt operations stands without a recipient', () => {
    expect(
      types(
        'Syrian President Bashar al-Assad said his government was ready to halt military operations.',
        '2016-02-23',
      ),
    ).toEqual(['SYR>-:CONCEDE']);
  });

  it('working with another party', () => {
    expect(types('Putin said Russia would work with the Syrian government.', '2016-02-22')).toEqual(['RUS>SYR:AGREE']);
  });

  it('what is set as a condition is not done', () => {
    expect(
      only(
        code(
          'The opposition said it would accept the truce on condition that Russia stops bombing and the government lifts sieges.',
          '2016-02-22',
        ),
        'CONCEDE',
      ),
    ).toEqual([]);
  });

  it('local armed groups are placed where the story happens, not in the power named most', () => {
    const evs = code(
      'Russia said it would keep up its campaign in Syria. Russia said the truce did not cover Islamic State. ' +
        'Russia said it would watch the front lines in northern Syria. Rebels accused Russia of bombing their positions.',
      '2016-02-27',
    );
    expect(dyads(only(evs, 'ACCUSE'))).toEqual(['SYR>RUS:ACCUSE']);
  });
});

describe('fronted occasions and joint acts', () => {
  it('"After talks with X, Y said …": the talks are the main clause subject\u2019s', () => {
    expect(
      types(
        'After more than four hours of talks with Turkish President Tayyip Erdogan in Sochi, Russian President Vladimir Putin told reporters that a zone would be set up.',
        '2018-09-17',
      ),
    ).toEqual(['RUS>TUR:CONSULT']);
    expect(types('Following a meeting with Erdogan, Putin said the zone would be set up.', '2018-09-17')).toEqual([
      'RUS>TUR:CONSULT',
    ]);
  });

  it('patrolling together is military cooperation among the compound', () => {
    expect(types('Russia and Turkey will jointly patrol the area.', '2018-09-17')).toEqual(['RUS>TUR:AGREE']);
    expect(types('Russian and Turkish troops patrolled the town together on Friday.', '2019-11-01')).toEqual([
      'RUS>TUR:COOPERATE',
    ]);
  });

  it('a truce announced in quotation marks', () => {
    expect(
      types(
        'The United States and Russia announced that a nationwide "cessation of hostilities" in Syria would take effect on Saturday.',
        '2016-02-22',
      ),
    ).toEqual(['USA>RUS:AGREE']);
  });
});

describe('reported clauses about an act, and the opposition', () => {
  it('"said the pullout could …": what a clause says of an act is no announcement of it', () => {
    expect(
      types(
        'Syrian opposition negotiators said the pullout could put pressure on Assad to negotiate.',
        '2016-03-15',
      ).filter((d) => !d.endsWith('REQUEST')),
    ).toEqual([]);
    // (announced as coming, it still is: "said the ceasefire would take effect")
    expect(types('Russia said a ceasefire would take effect in Aleppo on Thursday.', '2016-12-14')).toHaveLength(1);
  });

  it('"opposition negotiators" are the opposition, not the government', () => {
    const evs = code('Syrian opposition officials accused the government of breaking the truce.', '2016-03-15');
    expect(evs.map((e) => e.source.actor?.cameo)).toEqual(['SYROPP']);
  });

  it('welcoming an announcement is praise of whoever made it', () => {
    expect(
      types(
        'Putin ordered the withdrawal of most Russian forces from Syria. The White House said it welcomed the announcement.',
        '2016-03-15',
      ),
    ).toEqual(['RUS>SYR:RETREAT', 'USA>RUS:SUPPORT']);
  });
});

describe('plans, access and de-escalation at home', () => {
  it('what a plan is for is no act of its own', () => {
    expect(
      types(
        'The United States and Russia reached agreement on Saturday on a plan to halt fighting in Syria.',
        '2016-09-10',
      ),
    ).toEqual(['USA>RUS:AGREE']);
  });

  it('letting aid into its own besieged towns is a concession at home', () => {
    expect(
      types('The government will allow humanitarian aid to reach besieged towns, including Aleppo.', '2016-09-10'),
    ).toEqual(['SYR>SYR:CONCEDE']);
  });

  it('an intent to stop bombing the opposition is placed at home with the state', () => {
    expect(
      types('Syrian government aircraft will stop bombing areas held by the mainstream opposition.', '2016-09-10'),
    ).toEqual(['SYR>SYR:CONCEDE']);
  });
});

describe('hopes, results and agreements in British usage', () => {
  it('"agreed a ceasefire", also after "their governments"', () => {
    expect(types('Russia and the United States agreed a ceasefire in southwestern Syria.', '2017-07-07')).toEqual([
      'RUS>USA:AGREE',
    ]);
    expect(
      types(
        'Trump and Putin met on Friday, and their governments agreed a ceasefire in southwestern Syria.',
        '2017-07-07',
      ),
    ).toEqual(['USA>RUS:CONSULT', 'USA>RUS:AGREE']);
  });

  it('what is hoped for, or what something leads to, is no act', () => {
    expect(types('Amman said the deal would lead to a lasting ceasefire across Syria.', '2017-07-07')).toEqual([]);
    expect(types('Jordan said it hoped Russia would withdraw its forces from Syria.', '2017-07-07')).toEqual([]);
  });

  it('"said the ceasefire, which …, covered …" announces nothing', () => {
    expect(
      types(
        'Tillerson said the ceasefire, which was also negotiated with Jordan, covered three provinces.',
        '2017-07-07',
      ).filter((d) => d.endsWith('RETREAT')),
    ).toEqual([]);
  });
});

describe('"the three countries": the last list of that many parties', () => {
  const text =
    'Russia, Iran and Turkey met in Astana on Monday.\n\nThe three countries agreed to set up a mechanism to monitor the truce.\n\n' +
    'In a joint statement, the three leaders agreed that there was no military solution.\n\n' +
    'The three guarantor countries condemned the attack by Islamic State.';

  it('acting together, with each other; acting on another, each of them', () => {
    const evs = code(text, '2017-01-24');
    expect(dyads(only(evs, 'AGREE')).sort()).toEqual(['IRN>TUR:AGREE', 'RUS>IRN:AGREE', 'RUS>TUR:AGREE']);
    expect(dyads(only(evs, 'ACCUSE'))).toEqual([
      'RUS>IMGMUSISI:ACCUSE',
      'IRN>IMGMUSISI:ACCUSE',
      'TUR>IMGMUSISI:ACCUSE',
    ]);
  });

  it('what a mechanism is for is no act; with no list of three, no one', () => {
    expect(only(code(text, '2017-01-24'), 'AID')).toEqual([]);
    expect(code('The three countries agreed to set up a mechanism.', '2017-01-24')).toEqual([]);
  });
});

describe('joint acts, halted operations, overseen withdrawals', () => {
  it('a joint act of a compound is done among itself, whatever place follows', () => {
    expect(
      types(
        'Turkish and Russian forces will then conduct joint patrols in a zone east of the area Turkey captured.',
        '2019-10-22',
      ),
    ).toEqual(['TUR>RUS:AGREE']);
  });

  it('halting its own operation is a de-escalation', () => {
    expect(
      types('Erdogan said Turkey would halt its operation if the fighters pulled out.', '2019-10-22').map(
        (d) => d.split('>')[0] + ':' + d.split(':')[1],
      ),
    ).toEqual(['TUR:CONCEDE']);
  });

  it('overseeing another party\u2019s withdrawal is no cooperation with it', () => {
    expect(
      types(
        'Russian military police will enter the area to oversee the withdrawal of Kurdish fighters.',
        '2019-10-22',
      ).filter((d) => d.endsWith('COOPERATE')),
    ).toEqual([]);
  });
});

describe('lists referred to as a target, verdicts told to an audience', () => {
  const struck = 'The United States, Britain and France struck Syria on Saturday.\n\n';

  it('"called the three Western powers terrorist states": each of them', () => {
    expect(
      dyads(
        only(
          code(
            struck +
              'Russia and China protested at the council.\n\nSyria\u2019s envoy Bashar al-Jaafari called the three Western powers "terrorist states".',
            '2018-04-14',
          ),
          'ACCUSE',
        ),
      ),
    ).toEqual(['SYR>USA:ACCUSE', 'SYR>GBR:ACCUSE', 'SYR>FRA:ACCUSE']);
  });

  it('"told the council that the strikes were an act of aggression"', () => {
    expect(
      dyads(
        only(
          code(
            struck +
              'Russia\u2019s U.N. ambassador Vassily Nebenzia told the council that the strikes were an act of aggression.',
            '2018-04-14',
          ),
          'ACCUSE',
        ),
      ),
    ).toEqual(['RUS>USA:ACCUSE']);
  });
});

describe('blame, tones and verdicts reported after the fact', () => {
  it('"was to blame" is responsibility, not blaming', () => {
    expect(types('The Israeli military said the Syrian government was to blame.', '2018-09-18')).toEqual([
      'ISR>SYR:ACCUSE',
    ]);
    expect(
      types('The Russian Defence Ministry said the Israeli military was fully to blame for the loss.', '2018-09-18'),
    ).toEqual(['RUS>ISR:ACCUSE']);
    expect(types('Moscow said Israel alone was to blame.', '2018-09-18')).toEqual(['RUS>ISR:ACCUSE']);
  });

  it('a verdict before a trailing attribution', () => {
    expect(
      types('Israel was to blame for the loss of the plane, the Russian Defence Ministry said.', '2018-09-18'),
    ).toEqual(['RUS>ISR:ACCUSE']);
  });

  it('striking a tone is no attack', () => {
    expect(types('President Vladimir Putin struck a more conciliatory tone on Tuesday.', '2018-09-18')).toEqual([]);
    expect(types('Israeli jets struck a Syrian air base.', '2018-09-18')).toEqual(['ISR>SYR:ASSAULT']);
  });
});

describe('what is told, and to whom', () => {
  it('a verdict told to a counterpart, past a possessive and an occasion', () => {
    expect(
      types(
        'Defence Minister Sergei Shoigu told his Israeli counterpart Avigdor Lieberman by phone that the Israeli military bore full responsibility for the incident.',
        '2018-09-18',
      ).sort(),
    ).toEqual(['RUS>ISR:ACCUSE', 'RUS>ISR:CONSULT']);
    expect(
      types(
        'U.S. Secretary of State Rex Tillerson said Russia and Iran bore "great moral responsibility" for the deaths.',
        '2017-04-04',
      ),
    ).toEqual(['USA>RUS:ACCUSE', 'USA>IRN:ACCUSE']);
  });

  it('a modal verb joined inside the reported clause is not the speaker\u2019s', () => {
    expect(
      types(
        'Turkish President Tayyip Erdogan told Putin by telephone that the attack was "inhumane" and could endanger the peace talks in Astana.',
        '2017-04-04',
      ),
    ).toEqual(['TUR>RUS:CONSULT']);
  });
});

describe('hallmarks and denials', () => {
  it('"the attack bore all the hallmarks of X": X is accused', () => {
    expect(
      types(
        'British Foreign Secretary Boris Johnson said the attack bore "all the hallmarks" of the Assad regime.',
        '2017-04-04',
      ),
    ).toEqual(['GBR>SYR:ACCUSE']);
  });

  it('one\u2019s own attack said not done is a denial, not a negated attack', () => {
    const evs = code('Israel said it did not attack the convoy.', '2017-04-04');
    expect(dyads(evs)).toEqual(['ISR>-:REJECT']);
    expect(evs[0].cameo.code).toBe('016');
    // (a fact reported as not done stays no event)
    expect(types('Israel did not attack the convoy.', '2017-04-04')).toEqual([]);
  });
});

describe('threatened offensives and pledged support', () => {
  it('an offensive threatened is a threat, not an attack', () => {
    expect(
      types('Turkey threatened to launch a new offensive against Kurdish fighters in Syria.', '2019-10-12'),
    ).toEqual(['TUR>SYR:THREATEN']);
  });

  it('support pledged for a party is aimed at it, not at the other pledger', () => {
    expect(types('Iran and Russia pledged support for the Syrian government.', '2019-10-12')).toEqual([
      'IRN>SYR:AGREE',
      'RUS>SYR:AGREE',
    ]);
  });
});

describe('calls by video', () => {
  it('a video call is a call between its parties', () => {
    expect(types('The Russian and Iranian presidents held a video call on Syria.', '2020-07-01')).toEqual([
      'RUS>IRN:CONSULT',
    ]);
  });
});

describe('"whose country"', () => {
  it('an act in the relative clause is the person\u2019s state\u2019s, and only that act', () => {
    expect(
      types(
        'Lavrov, whose country began air strikes in Syria a month ago, said cooperation was necessary.',
        '2015-10-30',
      ),
    ).toEqual(['RUS>SYR:ASSAULT']);
    const met = code('Erdogan, whose government backs the rebels, met Putin.', '2015-10-30');
    expect(met.map((e) => e.source.actor?.cameo)).toEqual(['TURGOV']);
  });
});

describe('a verb joined to a speech that codes nothing', () => {
  it('shares the speaker as subject', () => {
    expect(
      types(
        'Defense Secretary Ashton Carter said Moscow\u2019s approach was "doomed to fail" and accused Russia of pouring gasoline on the fire.',
        '2015-09-30',
      ),
    ).toEqual(['USA>RUS:ACCUSE']);
  });
});

describe('whose part is rejected, and "urged them"', () => {
  it('"rejected any role for Turkey", "any Turkish role"', () => {
    expect(types('Damascus rejected any role for Turkey in the talks.', '2018-05-04')).toEqual(['SYR>TUR:REJECT']);
    expect(types('Tehran rejected any Turkish role in Syria.', '2018-05-04')).toEqual(['IRN>TUR:REJECT']);
  });

  it('"… and urged them to …": everyone the previous act was aimed at', () => {
    expect(
      types(
        'Tillerson said Russia and Iran bore great moral responsibility for the deaths and urged them to exercise their influence over Assad.',
        '2017-04-04',
      )
        .filter((d) => d.endsWith('REQUEST'))
        .sort(),
    ).toEqual(['USA>IRN:REQUEST', 'USA>RUS:REQUEST']);
  });
});

describe('the party a threat’s condition is put to', () => {
  it('is the one threatened, placed where the story is', () => {
    const evs = code(
      "Fighting flares in northern Syria\n\nClashes continued in northern Syria on Friday. Shelling hit several villages in Syria's Hasakah province.\n\n" +
        'Turkey threatened to launch a new offensive if the Kurdish fighters did not withdraw.',
      '2019-10-12',
    );
    expect(dyads(only(evs, 'THREATEN'))).toEqual(['TUR>SYR:THREATEN']);
  });
});

describe('forces gathering', () => {
  it('troops gathering or massing at a border mobilise; a crowd gathering does not', () => {
    expect(types('Turkish troops gathered along the border with Syria on Friday.', '2019-10-12')).toEqual([
      'TUR>SYR:MOBILIZE',
    ]);
    expect(types('Thousands of Turkish troops massed near the Syrian border.', '2019-10-12')).toEqual([
      'TUR>SYR:MOBILIZE',
    ]);
    expect(only(code('Protesters gathered outside the embassy.', '2019-10-12'), 'MOBILIZE')).toEqual([]);
  });
});
