# CAMEO root 06 — ENGAGE IN MATERIAL COOPERATION (060–064)
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

verb COOPERATE    # 060 material cooperation by field (061 economic, 062 military, 063 judicial, 064 intelligence); a plain "cooperated with" is 050 per the dev conventions
  lemma   cooperate; co-operate; collaborate; work together; work with; work closely with; partner with; team up with; join forces with; join hands with
  form    worked together; working together; worked with; working with; worked closely with; teamed up with; joined forces with; joined hands with; partnered with
  code    050
  pattern 030:030 $ WILL * WITH +
  pattern 030   % WILL *
  pattern 061:061 * WITH + ON &ECONCOOP
  pattern 061:061 * WITH + IN &ECONCOOP
  pattern 061   % * ON &ECONCOOP
  pattern 062:062 * WITH + ON &MILCOOP
  pattern 062   % * ON &MILCOOP
  pattern 063:063 * WITH + ON &JUDCOOP
  pattern 064:064 * WITH + ON &INTEL
  pattern 050:050 * WITH +
  pattern 050   % *

verb TRADE    # 061 Cooperate economically
  lemma   trade; do business; invest
  form    did business; doing business
  code    061
  pattern 061:061 * WITH +
  pattern 061   * IN +
  pattern 061   % * 

verb CONDUCT    # pattern-only: joint exercises (062), exercises near a target (150), strikes (190/194/195), investigations (090), talks (046)
  lemma   conduct; carry out; stage; perform; mount; wage
  form    carried out; carrying out; carries out
  pattern 060   % * JOINT_OPERATIONS
  pattern 060:060 * JOINT_OPERATIONS WITH +
  pattern 060:060 * JOINT_OPERATION WITH +
  pattern 180   * &TERRORATTACK ON +
  pattern 180   * &TERRORATTACK AGAINST +
  pattern 180   * &TERRORATTACK IN +
  pattern 062   % * JOINT &EXERCISE
  pattern 062:062 * JOINT &EXERCISE WITH +
  pattern 062:062 * &EXERCISE WITH +
  pattern 150   * &EXERCISE NEAR +
  pattern 150   * &EXERCISE AROUND +
  pattern 150   * &EXERCISE OFF +
  pattern 1831  * SUICIDE_BOMBING AGAINST +
  pattern 1831  * SUICIDE_ATTACK ON +
  pattern 183   * &BOMB ATTACK ON +
  pattern 194   * MISSILE_STRIKES ON +
  pattern 194   * MISSILE_STRIKES AGAINST +
  pattern 194   * &MISSILES ATTACK ON +
  pattern 195   * &AIRSTRIKES ON +
  pattern 195   * &AIRSTRIKES AGAINST +
  pattern 195   * &AIRSTRIKES IN +
  pattern 190   * &ATTACKS ON +
  pattern 190   * &ATTACKS AGAINST +
  pattern 190   * &ATTACKS IN +
  pattern 190   * WAR AGAINST +
  pattern 190   * WAR ON +
  pattern 141   * &DISSENT AGAINST +
  pattern 203   * ETHNIC_CLEANSING
  pattern 202   * GENOCIDE AGAINST +
  pattern 090   * &INFO INTO +
  pattern 046:046 * &TALKS WITH +
  pattern 046   % * &TALKS
  pattern 173   * ARRESTS OF +

verb SHARE    # 064 Share intelligence or information; 019 share a view
  lemma   share; pass on; hand over information
  form    passed on; handed over information
  pattern 064   * &INTEL WITH +
  pattern 064   % * &INTEL
  pattern 064   * + &INTEL
  pattern 019   * VIEW
  pattern 019   * VIEWS

verb INFORM    # 064 Share information (inform, notify, brief a counterpart)
  lemma   inform; notify; brief; update; apprise
  code    064
  pattern 064   * + OF
  pattern 064   * + ABOUT
  pattern 064   * + ON

verb EXTRADITE    # 063 Engage in judicial cooperation (extradition, handing over suspects); 084 Return, release (0831 handing over power, 0842 property)
  lemma   extradite; hand over; turn over
  form    handed over; handing over; turned over; turning over
  code    063
  pattern 0831  * POWER TO +
  pattern 0842  * &PROPERTY TO +
  pattern 084   * CONTROL OF
  pattern 084   * CONTROL TO +
  pattern 063   * TO +
  pattern 063   * + TO
