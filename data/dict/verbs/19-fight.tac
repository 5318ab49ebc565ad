# CAMEO root 19 — FIGHT (190–196)
#
# Verb records for tacitus (docs/dictionaries.md). Written by the tacitus project from the
# CAMEO 1.1b3 category definitions; codes and labels are GDELT's CAMEO.eventcodes.txt.
# Each block names the CAMEO categories it implements. Pattern slots: $ source, + target,
# % compound (reciprocal), * the verb, &SET a synset (00-synsets.tac), A_B adjacent words.
# Blocks may emit codes of other roots (a verb is filed under its main sense).
# Most patterns leave out `$`: the coder then takes the subject of the verb's clause (which
# handles relative clauses and passives) and, without `+`, the first actor after the verb.
# An actor after a preposition (`* WITH +`) must follow it closely ("with the United States").
# "A:B" codes source->target A and target->source B (reciprocal talks, visits 042:043).
# The appeal (02), intent (03), demand (10) and reject (12) blocks share one table of
# complements, most specific first (ceasefire, withdrawal, sanctions, release, … aid,
# cooperation): edit the four together. Ties between equally heavy patterns go to the first.

verb FIGHT    # 190 Use conventional military force (fighting is coded both ways)
  lemma   fight; battle; clash; skirmish; exchange fire; trade fire; wage war; engage in fighting; go to war
  form    fought; fighting; exchanged fire; traded fire; waged war; engaged in fighting; went to war; gone to war
  code    190:190
  pattern 190   * &CONFLICT IN +
  pattern 190   * &CONFLICT AGAINST +
  pattern 193   * WITH + WITH_SMALL_ARMS
  pattern 190:190 * WITH +
  pattern 190   * AGAINST +
  pattern 190   % *

verb ENTER    # 190 entering a conflict with a state (both ways); 192 entering territory
  lemma   enter; plunge into; drag into
  form    plunged into; dragged into
  pattern 190:190 * &CONFLICT WITH +
  pattern 190:190 * INTO &CONFLICT WITH +
  pattern 192   * + TERRITORY
  pattern 150   * + AIRSPACE
  pattern 150   * + WATERS

verb ATTACK    # 190 Use conventional military force (194 with missiles or artillery, 195 from the air); 175 attacks on protesters
  lemma   attack; target; pound; ambush; bombard; hammer; launch an attack on; launch attacks on; carry out an attack on; carry out attacks on
  form    assaulted; assaulting; launched an attack on; launched attacks on; carried out an attack on; carried out attacks on
  code    190
  pattern 111   * &POLICYWORD
  pattern 111   * + &POLICYWORD
  pattern 163   * + WITH &SANCTIONS
  pattern 175   * &PROTESTERS
  pattern 194   * + WITH &MISSILES
  pattern 195   * + WITH &AIRSTRIKES
  pattern 195   * + WITH DRONES
  pattern 195   * + FROM_THE_AIR
  pattern 194   $ &MISSILES * +
  pattern 195   $ &AIRSTRIKES * +
  pattern 057   * &AGREEMENT WITH +
  pattern 057   % * &AGREEMENT

verb HIT    # 190 Use conventional military force (hit, strike); 194/195 by weapon; 163 hit with sanctions; 057 strike a deal
  lemma   hit; strike
  form    struck; striking; hitting
  code    190
  pattern ---   * BY
  pattern 190   + * BY $
  pattern 194   + * BY $ &MISSILES
  pattern 195   + * BY $ &AIRSTRIKES
  pattern 163   * + WITH &SANCTIONS
  pattern 194   * + WITH &MISSILES
  pattern 195   * + WITH &AIRSTRIKES
  pattern 195   * + WITH DRONES
  pattern 194   $ &MISSILES * +
  pattern 195   $ &AIRSTRIKES * +
  pattern 057:057 * &AGREEMENT WITH +
  pattern 057   % * &AGREEMENT
  pattern 111   * OUT_AT +
  pattern 190   * BACK AT +

verb SHELL    # 194 Fight with artillery and tanks (shelling, missile fire)
  lemma   shell; bombard with artillery; fire rockets at; fire missiles at; rocket; launch missiles at; launch rockets at
  form    fired rockets at; fired missiles at; launched missiles at; launched rockets at; rocketed
  code    194

verb BOMB    # 195 Employ aerial weapons (air strikes, bombing from the air, drone strikes)
  lemma   bomb; airstrike; carpet-bomb; strafe; launch airstrikes on; launch air strikes on; carry out airstrikes on; carry out air strikes on
  form    bombed; bombing; launched airstrikes on; launched air strikes on; carried out airstrikes on; carried out air strikes on
  code    195

verb LAUNCH    # pattern-only: launch airstrikes (195), missiles (194), attacks or offensives (190), an invasion (192), joint exercises (062), talks (046), an investigation (090), protests (141)
  lemma   launch
  pattern 195   * &AIRSTRIKES ON +
  pattern 195   * &AIRSTRIKES AGAINST +
  pattern 195   * &AIRSTRIKES IN +
  pattern 194   * &MISSILES AT +
  pattern 194   * &MISSILES ON +
  pattern 194   * &MISSILES INTO +
  pattern 194   * &MISSILES AGAINST +
  pattern 192   * INVASION OF +
  pattern 190   * &ATTACKS ON +
  pattern 190   * &ATTACKS AGAINST +
  pattern 190   * &ATTACKS IN +
  pattern 190   * &ATTACKS INTO +
  pattern 062   % * JOINT &EXERCISE
  pattern 062:062 * JOINT &EXERCISE WITH +
  pattern 062   % * &EXERCISE
  pattern 150   * &EXERCISE NEAR +
  pattern 150   * &EXERCISE AROUND +
  pattern 090   * &INFO INTO +
  pattern 046:046 * &TALKS WITH +
  pattern 046   % * &TALKS
  pattern 050:050 * &PARTNERSHIP WITH +
  pattern 141   * &DISSENT AGAINST +

verb INVADE    # 192 Occupy territory
  lemma   invade; occupy; annex; overrun; march into; roll into; seize control of; take control of
  form    overran; marched into; rolled into; seized control of; took control of; taken control of
  code    192

verb BLOCKADE    # 191 Impose blockade, restrict movement
  lemma   blockade; besiege; encircle; lay siege to; surround; cut off supplies to
  form    laid siege to; cut off supplies to
  code    191

verb KILL    # 190 Use conventional military force (killing by armed forces or groups); 175 killing protesters; 194/195 by weapon
  lemma   kill; wound; injure; maim
  code    190
  pattern 175   * &PROTESTERS
  pattern 195   $ &AIRSTRIKES * +
  pattern 194   $ &MISSILES * +
  pattern 183   $ &BOMB * +

verb CAPTURE    # 181 capturing people (soldiers, civilians taken captive); 192 taking control of territory
  lemma   capture; retake; recapture; take prisoner
  form    took prisoner; taken prisoner
  code    181
  pattern 192   * CONTROL OF +

verb ENGAGE    # 190 engaging an enemy; 046 engaging in talks; 040 engaging with a counterpart
  lemma   engage
  pattern 046:046 * IN &TALKS WITH +
  pattern 046   % * IN &TALKS
  pattern 190:190 * IN &CONFLICT WITH +
  pattern 190   * IN &CONFLICT AGAINST +
  pattern 190   * &ENEMY
  pattern 190   * &ENEMY OF +
  pattern 040:040 * WITH +

verb RETALIATE    # 190 Use conventional military force (retaliation)
  lemma   retaliate; hit back; strike back; counter-attack; counterattack
  form    struck back; hitting back; striking back
  code    190
  pattern 190   * AGAINST +
  pattern 190   * ON +

verb VIOLATE_TRUCE    # 196 Violate ceasefire
  lemma   violate the ceasefire; break the ceasefire; breach the ceasefire; violate the truce; break the truce; breach the truce
  form    broke the ceasefire; broken the ceasefire; broke the truce; broken the truce
  code    196
  pattern 196   * WITH +
