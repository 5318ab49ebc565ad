# CAMEO root 12 — REJECT (120–129)
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

verb REJECT    # 120 Reject (121–129 by object); 016 rejecting accusations
  lemma   reject; dismiss; rebuff; spurn; turn down; repudiate; rule out; refuse; decline; brush aside; brush off; snub
  form    turned down; turning down; ruled out; ruling out; brushed aside; brushed off
  code    120
  pattern 016   * &ACCUSATION OF +
  pattern 016   * &ACCUSATION BY +
  pattern 016   * + &ACCUSATION
  pattern 016   * &ACCUSATION
  pattern 125   * INVITATION +
  pattern 125   * + INVITATION
  pattern 127   * &AGREEMENT WITH +
  pattern 120   * &PROPOSAL +
  pattern 120   * + &PROPOSAL
  pattern 1246  * &CEASEFIRE +
  pattern 1246  * + &CEASEFIRE
  pattern 1246  * &CEASEFIRE FROM +
  pattern 1246  * &CEASEFIRE WITH +
  pattern 1246  * &WITHDRAWAL +
  pattern 1246  * + &WITHDRAWAL
  pattern 1246  * &WITHDRAWAL FROM +
  pattern 1246  * &WITHDRAWAL WITH +
  pattern 1244  * &EASE &SANCTIONS +
  pattern 1244  * + &EASE &SANCTIONS
  pattern 1244  * &EASE &SANCTIONS FROM +
  pattern 1244  * &EASE &SANCTIONS WITH +
  pattern 1241  * &EASE &ADMINSANCTIONS +
  pattern 1241  * + &EASE &ADMINSANCTIONS
  pattern 1241  * &EASE &ADMINSANCTIONS FROM +
  pattern 1241  * &EASE &ADMINSANCTIONS WITH +
  pattern 1243  * &RELEASE +
  pattern 1243  * + &RELEASE
  pattern 1243  * &RELEASE FROM +
  pattern 1243  * &RELEASE WITH +
  pattern 1245  * &INVOLVE +
  pattern 1245  * + &INVOLVE
  pattern 1245  * &INVOLVE FROM +
  pattern 1245  * &INVOLVE WITH +
  pattern 1246  * &DEESCALATE +
  pattern 1246  * + &DEESCALATE
  pattern 1246  * &DEESCALATE FROM +
  pattern 1246  * &DEESCALATE WITH +
  pattern 127   * &SETTLE +
  pattern 127   * + &SETTLE
  pattern 127   * &SETTLE FROM +
  pattern 127   * &SETTLE WITH +
  pattern 125   * &MEET +
  pattern 125   * + &MEET
  pattern 125   * &MEET FROM +
  pattern 125   * &MEET WITH +
  pattern 1221  * &RECONSTRUCTION +
  pattern 1221  * + &RECONSTRUCTION
  pattern 1221  * &RECONSTRUCTION FROM +
  pattern 1221  * &RECONSTRUCTION WITH +
  pattern 1222  * &MILAID +
  pattern 1222  * + &MILAID
  pattern 1222  * &MILAID FROM +
  pattern 1222  * &MILAID WITH +
  pattern 1223  * &HUMAID +
  pattern 1223  * + &HUMAID
  pattern 1223  * &HUMAID FROM +
  pattern 1223  * &HUMAID WITH +
  pattern 1224  * &PEACEKEEPERS +
  pattern 1224  * + &PEACEKEEPERS
  pattern 1224  * &PEACEKEEPERS FROM +
  pattern 1224  * &PEACEKEEPERS WITH +
  pattern 1221  * &ECONAID +
  pattern 1221  * + &ECONAID
  pattern 1221  * &ECONAID FROM +
  pattern 1221  * &ECONAID WITH +
  pattern 126   * &MEDIATE +
  pattern 126   * + &MEDIATE
  pattern 126   * &MEDIATE FROM +
  pattern 126   * &MEDIATE WITH +
  pattern 126   * &MEDIATION +
  pattern 126   * + &MEDIATION
  pattern 126   * &MEDIATION FROM +
  pattern 126   * &MEDIATION WITH +
  pattern 1212  * &MILCOOP +
  pattern 1212  * + &MILCOOP
  pattern 1212  * &MILCOOP FROM +
  pattern 1212  * &MILCOOP WITH +
  pattern 1211  * &ECONCOOP +
  pattern 1211  * + &ECONCOOP
  pattern 1211  * &ECONCOOP FROM +
  pattern 1211  * &ECONCOOP WITH +
  pattern 1231  * &RESIGN +
  pattern 1231  * + &RESIGN
  pattern 1231  * &RESIGN FROM +
  pattern 1231  * &RESIGN WITH +
  pattern 1231  * &ELECTIONS +
  pattern 1231  * + &ELECTIONS
  pattern 1231  * &ELECTIONS FROM +
  pattern 1231  * &ELECTIONS WITH +
  pattern 1233  * &RIGHTS +
  pattern 1233  * + &RIGHTS
  pattern 1233  * &RIGHTS FROM +
  pattern 1233  * &RIGHTS WITH +
  pattern 1234  * &INSTITUTIONS +
  pattern 1234  * + &INSTITUTIONS
  pattern 1234  * &INSTITUTIONS FROM +
  pattern 1234  * &INSTITUTIONS WITH +
  pattern 1232  * &POLICYCHANGE +
  pattern 1232  * + &POLICYCHANGE
  pattern 1232  * &POLICYCHANGE FROM +
  pattern 1232  * &POLICYCHANGE WITH +
  pattern 123   * &REFORM +
  pattern 123   * + &REFORM
  pattern 123   * &REFORM FROM +
  pattern 123   * &REFORM WITH +
  pattern 1242  * &ENDDISSENT +
  pattern 1242  * + &ENDDISSENT
  pattern 1242  * &ENDDISSENT FROM +
  pattern 1242  * &ENDDISSENT WITH +
  pattern 124   * &YIELDWORD +
  pattern 124   * + &YIELDWORD
  pattern 124   * &YIELDWORD FROM +
  pattern 124   * &YIELDWORD WITH +
  pattern 122   * &AID +
  pattern 122   * + &AID
  pattern 122   * &AID FROM +
  pattern 122   * &AID WITH +
  pattern 121   * &COOPERATE +
  pattern 121   * + &COOPERATE
  pattern 121   * &COOPERATE FROM +
  pattern 121   * &COOPERATE WITH +

verb FIND    # 120 finding a proposal unacceptable; 116 finding guilty; 112 holding responsible
  lemma   find; deem; consider unacceptable
  form    found; finding; finds; deemed
  pattern 120   * + UNACCEPTABLE
  pattern 120   * UNACCEPTABLE
  pattern 116   * + GUILTY
  pattern 116   * + LIABLE
  pattern 112   * + RESPONSIBLE

verb VETO    # 129 Veto
  lemma   veto; block a resolution; wield a veto
  form    blocked a resolution; wielded a veto
  code    129

verb DEFY    # 128 Defy norms, law
  lemma   defy; flout; disregard; ignore calls; snub calls
  form    ignored calls; snubbed calls
  code    128

verb VIOLATE    # 196 Violate ceasefire; 128 violate an agreement; 150 airspace violations
  lemma   violate; breach; break
  form    broke; broken; breaking
  pattern 161   * &RELATIONS WITH +
  pattern 161   % * &RELATIONS
  pattern 196   * &CEASEFIRE WITH +
  pattern 196   * &CEASEFIRE
  pattern 150   * + AIRSPACE
  pattern 150   * AIRSPACE OF +
  pattern 128   * &AGREEMENT WITH +
  pattern 128   * + SOVEREIGNTY

verb MAINTAIN    # 1244 Refuse to ease economic sanctions (uphold, keep, extend sanctions); 036 extend an invitation; 018 condolences; 071 loans
  lemma   maintain; uphold; keep; retain; extend; renew; prolong; keep in place
  form    kept; kept in place; upheld; upholding; upholds
  pattern 1244  * &SANCTIONS ON +
  pattern 1244  * &SANCTIONS AGAINST +
  pattern 1244  * + &SANCTIONS
  pattern 036   * INVITATION TO +
  pattern 018   * &CONDOLENCES TO +
  pattern 071   * &MONEY TO +
  pattern 070   * &AID TO +
  pattern 0356  $ WILL * &CEASEFIRE

verb OPPOSE    # 120 Reject (oppose, object to)
  lemma   oppose; object to; resist; stand against; reject outright
  form    objected to; stood against
  code    120
  pattern ---   * &NEEDWORD

verb BLOCK    # 144 Obstruct passage (roads); 1245 refuse international involvement; 129 block a resolution; 120 block a bid
  lemma   block; obstruct; thwart; stand in the way of
  form    stood in the way of
  code    120
  pattern 144   * &ROADBLOCKS
  pattern 144   * ROADS
  pattern 144   * ROAD
  pattern 144   * + FROM
  pattern 1245  * &INVOLVE
  pattern 1245  * &HUMAID
  pattern 120   * + BID
  pattern 120   * + MEMBERSHIP
