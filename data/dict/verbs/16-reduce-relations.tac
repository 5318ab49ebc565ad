# CAMEO root 16 — REDUCE RELATIONS (160–166)
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

verb SEVER    # 161 Reduce or break diplomatic relations; 162 cut aid (1621–1623); 163 cut trade and energy; 164 break off talks
  lemma   sever; cut; cut off; break off; downgrade; freeze; suspend; end; terminate; scale down
  form    cut; cutting; cuts; cut off; cutting off; broke off; broken off; breaking off; froze; frozen; scaled down
  pattern 1053  * &TALKS UNTIL + &RELEASE
  pattern 161   * + FROM
  pattern 161   * + MEMBERSHIP
  pattern 161   * MEMBERSHIP OF +
  pattern 161   % * &RELATIONS
  pattern 161   * &RELATIONS WITH +
  pattern 161   * + &RELATIONS
  pattern 161   * &EMBASSY IN +
  pattern 164   * &TALKS WITH +
  pattern 164   % * &TALKS
  pattern 165   * &MEDIATION
  pattern 1621  * &ECONAID TO +
  pattern 1622  * &MILAID TO +
  pattern 1623  * &HUMAID TO +
  pattern 162   * &AID TO +
  pattern 162   * &AID FOR +
  pattern 162   * + &AID
  pattern 163   * ASSETS OF +
  pattern 163   * + ASSETS
  pattern 163   * &IMPORTS TO +
  pattern 163   * &IMPORTS FROM +
  pattern 163   * &IMPORTS WITH +
  pattern 163   * &ECONCOOP WITH +
  pattern 087   * &ATTACKS ON +
  pattern 087   * &ATTACKS AGAINST +
  pattern 087   * &ATTACKS IN +
  pattern 087   * OPERATIONS IN +
  pattern 160   * &COOPERATE WITH +
  pattern 160   * &AGREEMENT WITH +

verb RECALL    # 161 Reduce diplomatic relations (recall an ambassador)
  lemma   recall
  pattern 161   * &DIPLOMATS FROM +
  pattern 161   * &DIPLOMATS TO +
  pattern 161   * &DIPLOMATS IN +
  pattern 161   * + &DIPLOMATS

verb EXPEL    # 161 expelling diplomats (dev convention); 1661 peacekeepers; 1662 inspectors, observers; 1663 aid agencies; 174 individuals; 161 expelling a member
  lemma   expel; kick out; order out; throw out; declare persona non grata
  form    expelled; expelling; kicked out; ordered out; threw out; thrown out; declared persona non grata
  code    161
  pattern 1661  * &PEACEKEEPERS
  pattern 1662  * &INVOLVE
  pattern 1663  * &AIDAGENCIES
  pattern 161   * &DIPLOMATS
  pattern 161   * + FROM &MEMBERSHIP
  pattern 174   * &MIGRANTS

verb IMPOSE    # 163 Impose embargo, boycott, or sanctions; 172x administrative sanctions (1723 curfew, 1724 emergency rule); 191 blockade
  lemma   impose; slap; levy; enforce; introduce; adopt; announce new; tighten
  form    announced new
  pattern 1312  $ WILL * &SANCTIONS ON +
  pattern 1312  $ COULD * &SANCTIONS ON +
  pattern 1312  $ MAY * &SANCTIONS ON +
  pattern 163   * &SANCTIONS ON +
  pattern 163   * &SANCTIONS AGAINST +
  pattern 163   * + &SANCTIONS
  pattern 163   * &SANCTIONS TARGETING +
  pattern 1723  * CURFEW ON +
  pattern 1723  * CURFEW IN +
  pattern 1724  * STATE_OF_EMERGENCY IN +
  pattern 1724  * MARTIAL_LAW IN +
  pattern 191   * BLOCKADE ON +
  pattern 191   * BLOCKADE OF +
  pattern 191   * SIEGE ON +
  pattern 172   * &ADMINSANCTIONS ON +

verb SANCTION    # 163 Impose embargo, boycott, or sanctions
  lemma   sanction; blacklist; embargo; boycott goods; penalize; penalise
  form    boycotted goods
  code    163

verb FACE    # 163 sanctions a target faces from a named source ("Syria has faced western sanctions"); 111/112 criticism, accusations; 190 attacks
  lemma   face; come under; be under; suffer; endure
  form    came under; coming under; is under; are under; was under; were under; suffered; endured
  pattern 163   + * $ &SANCTIONS
  pattern 163   + * &SANCTIONS FROM $
  pattern 163   + * &SANCTIONS BY $
  pattern 111   + * $ CRITICISM
  pattern 111   + * CRITICISM FROM $
  pattern 112   + * $ &ACCUSATION
  pattern 112   + * &ACCUSATION FROM $
  pattern 190   + * $ &ATTACKS
  pattern 190   + * &ATTACKS FROM $
  pattern 195   + * $ &AIRSTRIKES
  pattern 194   + * $ &MISSILES
  pattern 190   + * FIRE FROM $
  pattern 191   + * $ BLOCKADE

verb BAN    # 163 bans on imports, flights, entry; 1722 banning parties or politicians; 172 other administrative bans
  lemma   ban; bar; prohibit; outlaw
  pattern 163   * &IMPORTS FROM +
  pattern 163   * &IMPORTS TO +
  pattern 163   * + &IMPORTS
  pattern 163   * + FROM ENTERING
  pattern 163   * + FROM
  pattern 1722  * + PARTY
  pattern 1722  * + PARTIES
  pattern 1721  * &PROTESTERS

verb TALKS_FAIL    # 164 Halt negotiations (talks broke down, stalled, collapsed: both ways)
  lemma   break down; stall; collapse; fall apart; falter; founder; grind to a halt; hit an impasse; reach deadlock
  form    broke down; broken down; breaking down; fell apart; fallen apart; ground to a halt; hit an impasse; reached deadlock
  pattern 164   BETWEEN % &TALKS *
  pattern 164   &TALKS BETWEEN % *
  pattern 164:164 $ &TALKS WITH + *
  pattern 164   % &TALKS *

verb WALK_OUT    # 164 Halt negotiations (walk out of, quit, pull out of talks)
  lemma   walk out of; walk away from; quit; abandon; boycott talks; pull out of
  form    walked out of; walked away from; quitting; quit; boycotted talks; pulled out of
  code    160
  pattern 164   * &TALKS WITH +
  pattern 164   % * &TALKS
  pattern 160   * &AGREEMENT WITH +

verb CANCEL    # 164 cancel talks; 160 cancel visits, exercises, agreements; 162 cancel aid
  lemma   cancel; call off; postpone; shelve
  form    called off; calling off; cancelled; canceled; cancelling; canceling
  pattern 082   * &DISSENT
  pattern 164   * &TALKS WITH +
  pattern 164   % * &TALKS
  pattern 160   * &VISIT TO +
  pattern 160   * &EXERCISE WITH +
  pattern 160   * &AGREEMENT WITH +
  pattern 162   * &AID TO +
  pattern 163   * &IMPORTS TO +
