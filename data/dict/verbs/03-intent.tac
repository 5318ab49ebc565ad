# CAMEO root 03 — EXPRESS INTENT TO COOPERATE (030–039)
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

verb PLEDGE    # 030 Express intent to cooperate (031–039 by complement); 138 when vowing force
  lemma   pledge; promise; vow; commit; undertake; swear; guarantee; assure
  form    swore; sworn; undertook; undertaken
  code    030
  pattern ---   * &DOCS
  pattern 138   * TO &FORCE +
  pattern 138   * &FORCE AGAINST +
  pattern 1381  * TO_CLOSE &CHOKEPOINT IF +
  pattern 1384  * TO_ATTACK +
  pattern 1382  * TO &OCCUPY +
  pattern 1385  * TO_USE &WMD AGAINST +
  pattern 0331  * + &MONEY
  pattern 0331  * TO_HELP &RECONSTRUCTION +
  pattern 0332  * TO_HELP + &MILAID
  pattern 0331  * TO_HELP + &RECONSTRUCTION
  pattern 033   * TO_HELP +
  pattern 0356  * &CEASEFIRE TO +
  pattern 0356  * + &CEASEFIRE
  pattern 0356  * &CEASEFIRE +
  pattern 0356  * &CEASEFIRE WITH +
  pattern 0356  % * &CEASEFIRE
  pattern 0356  * &WITHDRAWAL TO +
  pattern 0356  * + &WITHDRAWAL
  pattern 0356  * &WITHDRAWAL +
  pattern 0356  * &WITHDRAWAL WITH +
  pattern 0356  % * &WITHDRAWAL
  pattern 0354  * &EASE &SANCTIONS TO +
  pattern 0354  * + &EASE &SANCTIONS
  pattern 0354  * &EASE &SANCTIONS +
  pattern 0354  * &EASE &SANCTIONS WITH +
  pattern 0354  % * &EASE &SANCTIONS
  pattern 0351  * &EASE &ADMINSANCTIONS TO +
  pattern 0351  * + &EASE &ADMINSANCTIONS
  pattern 0351  * &EASE &ADMINSANCTIONS +
  pattern 0351  * &EASE &ADMINSANCTIONS WITH +
  pattern 0351  % * &EASE &ADMINSANCTIONS
  pattern 0353  * &RELEASE TO +
  pattern 0353  * + &RELEASE
  pattern 0353  * &RELEASE +
  pattern 0353  * &RELEASE WITH +
  pattern 0353  % * &RELEASE
  pattern 0355  * &INVOLVE TO +
  pattern 0355  * + &INVOLVE
  pattern 0355  * &INVOLVE +
  pattern 0355  * &INVOLVE WITH +
  pattern 0355  % * &INVOLVE
  pattern 0356  * &DEESCALATE TO +
  pattern 0356  * + &DEESCALATE
  pattern 0356  * &DEESCALATE +
  pattern 0356  * &DEESCALATE WITH +
  pattern 0356  % * &DEESCALATE
  pattern 037   * &SETTLE TO +
  pattern 037   * + &SETTLE
  pattern 037   * &SETTLE +
  pattern 037   * &SETTLE WITH +
  pattern 037   % * &SETTLE
  pattern 036   * &MEET TO +
  pattern 036   * + &MEET
  pattern 036   * &MEET +
  pattern 036   * &MEET WITH +
  pattern 036   % * &MEET
  pattern 0331  * &RECONSTRUCTION TO +
  pattern 0331  * + &RECONSTRUCTION
  pattern 0331  * &RECONSTRUCTION +
  pattern 0331  * &RECONSTRUCTION WITH +
  pattern 0331  % * &RECONSTRUCTION
  pattern 0332  * &MILAID TO +
  pattern 0332  * + &MILAID
  pattern 0332  * &MILAID +
  pattern 0332  * &MILAID WITH +
  pattern 0332  % * &MILAID
  pattern 0333  * &HUMAID TO +
  pattern 0333  * + &HUMAID
  pattern 0333  * &HUMAID +
  pattern 0333  * &HUMAID WITH +
  pattern 0333  % * &HUMAID
  pattern 0334  * &PEACEKEEPERS TO +
  pattern 0334  * + &PEACEKEEPERS
  pattern 0334  * &PEACEKEEPERS +
  pattern 0334  * &PEACEKEEPERS WITH +
  pattern 0334  % * &PEACEKEEPERS
  pattern 0331  * &ECONAID TO +
  pattern 0331  * + &ECONAID
  pattern 0331  * &ECONAID +
  pattern 0331  * &ECONAID WITH +
  pattern 0331  % * &ECONAID
  pattern 039   * &MEDIATE TO +
  pattern 039   * + &MEDIATE
  pattern 039   * &MEDIATE +
  pattern 039   * &MEDIATE WITH +
  pattern 039   % * &MEDIATE
  pattern 038   * &MEDIATION TO +
  pattern 038   * + &MEDIATION
  pattern 038   * &MEDIATION +
  pattern 038   * &MEDIATION WITH +
  pattern 038   % * &MEDIATION
  pattern 031   * &MATCOOP TO +
  pattern 031   * + &MATCOOP
  pattern 031   * &MATCOOP +
  pattern 031   * &MATCOOP WITH +
  pattern 031   % * &MATCOOP
  pattern 0312  * &MILCOOP TO +
  pattern 0312  * + &MILCOOP
  pattern 0312  * &MILCOOP +
  pattern 0312  * &MILCOOP WITH +
  pattern 0312  % * &MILCOOP
  pattern 0313  * &JUDCOOP TO +
  pattern 0313  * + &JUDCOOP
  pattern 0313  * &JUDCOOP +
  pattern 0313  * &JUDCOOP WITH +
  pattern 0313  % * &JUDCOOP
  pattern 0314  * &INTEL TO +
  pattern 0314  * + &INTEL
  pattern 0314  * &INTEL +
  pattern 0314  * &INTEL WITH +
  pattern 0314  % * &INTEL
  pattern 0311  * &ECONCOOP TO +
  pattern 0311  * + &ECONCOOP
  pattern 0311  * &ECONCOOP +
  pattern 0311  * &ECONCOOP WITH +
  pattern 0311  % * &ECONCOOP
  pattern 0341  * &RESIGN TO +
  pattern 0341  * + &RESIGN
  pattern 0341  * &RESIGN +
  pattern 0341  * &RESIGN WITH +
  pattern 0341  % * &RESIGN
  pattern 0341  * &ELECTIONS TO +
  pattern 0341  * + &ELECTIONS
  pattern 0341  * &ELECTIONS +
  pattern 0341  * &ELECTIONS WITH +
  pattern 0341  % * &ELECTIONS
  pattern 0343  * &RIGHTS TO +
  pattern 0343  * + &RIGHTS
  pattern 0343  * &RIGHTS +
  pattern 0343  * &RIGHTS WITH +
  pattern 0343  % * &RIGHTS
  pattern 0344  * &INSTITUTIONS TO +
  pattern 0344  * + &INSTITUTIONS
  pattern 0344  * &INSTITUTIONS +
  pattern 0344  * &INSTITUTIONS WITH +
  pattern 0344  % * &INSTITUTIONS
  pattern 0342  * &POLICYCHANGE TO +
  pattern 0342  * + &POLICYCHANGE
  pattern 0342  * &POLICYCHANGE +
  pattern 0342  * &POLICYCHANGE WITH +
  pattern 0342  % * &POLICYCHANGE
  pattern 034   * &REFORM TO +
  pattern 034   * + &REFORM
  pattern 034   * &REFORM +
  pattern 034   * &REFORM WITH +
  pattern 034   % * &REFORM
  pattern 0352  * &ENDDISSENT TO +
  pattern 0352  * + &ENDDISSENT
  pattern 0352  * &ENDDISSENT +
  pattern 0352  * &ENDDISSENT WITH +
  pattern 0352  % * &ENDDISSENT
  pattern 035   * &YIELDWORD TO +
  pattern 035   * + &YIELDWORD
  pattern 035   * &YIELDWORD +
  pattern 035   * &YIELDWORD WITH +
  pattern 035   % * &YIELDWORD
  pattern 032   * &DIPLOCOOP TO +
  pattern 032   * + &DIPLOCOOP
  pattern 032   * &DIPLOCOOP +
  pattern 032   * &DIPLOCOOP WITH +
  pattern 032   % * &DIPLOCOOP
  pattern 033   * &AID TO +
  pattern 033   * + &AID
  pattern 033   * &AID +
  pattern 033   * &AID WITH +
  pattern 033   % * &AID
  pattern 030   * &COOPERATE TO +
  pattern 030   * + &COOPERATE
  pattern 030   * &COOPERATE +
  pattern 030   * &COOPERATE WITH +
  pattern 030   % * &COOPERATE
  pattern 030   * TO +

verb OFFER    # 030 intent; 0331 offers of money (033x aid); 039 offers to mediate; 018/055 offered condolences, apology
  lemma   offer
  code    030
  pattern 018   * &CONDOLENCES TO +
  pattern 018   * &CONDOLENCES +
  pattern 055   * &APOLOGY TO +
  pattern 055   * &APOLOGY +
  pattern 039   * TO &MEDIATE BETWEEN +
  pattern 039   * TO &MEDIATE
  pattern 0331  * + &MONEY
  pattern 0331  * &MONEY TO +
  pattern 075   * + ASYLUM
  pattern 075   * ASYLUM TO +
  pattern 0356  * + &CEASEFIRE
  pattern 0356  * &CEASEFIRE TO +
  pattern 0356  * &CEASEFIRE +
  pattern 0356  * &CEASEFIRE WITH +
  pattern 0356  * + &WITHDRAWAL
  pattern 0356  * &WITHDRAWAL TO +
  pattern 0356  * &WITHDRAWAL +
  pattern 0356  * &WITHDRAWAL WITH +
  pattern 0354  * + &EASE &SANCTIONS
  pattern 0354  * &EASE &SANCTIONS TO +
  pattern 0354  * &EASE &SANCTIONS +
  pattern 0354  * &EASE &SANCTIONS WITH +
  pattern 0351  * + &EASE &ADMINSANCTIONS
  pattern 0351  * &EASE &ADMINSANCTIONS TO +
  pattern 0351  * &EASE &ADMINSANCTIONS +
  pattern 0351  * &EASE &ADMINSANCTIONS WITH +
  pattern 0353  * + &RELEASE
  pattern 0353  * &RELEASE TO +
  pattern 0353  * &RELEASE +
  pattern 0353  * &RELEASE WITH +
  pattern 0355  * + &INVOLVE
  pattern 0355  * &INVOLVE TO +
  pattern 0355  * &INVOLVE +
  pattern 0355  * &INVOLVE WITH +
  pattern 0356  * + &DEESCALATE
  pattern 0356  * &DEESCALATE TO +
  pattern 0356  * &DEESCALATE +
  pattern 0356  * &DEESCALATE WITH +
  pattern 037   * + &SETTLE
  pattern 037   * &SETTLE TO +
  pattern 037   * &SETTLE +
  pattern 037   * &SETTLE WITH +
  pattern 036   * + &MEET
  pattern 036   * &MEET TO +
  pattern 036   * &MEET +
  pattern 036   * &MEET WITH +
  pattern 0331  * + &RECONSTRUCTION
  pattern 0331  * &RECONSTRUCTION TO +
  pattern 0331  * &RECONSTRUCTION +
  pattern 0331  * &RECONSTRUCTION WITH +
  pattern 0332  * + &MILAID
  pattern 0332  * &MILAID TO +
  pattern 0332  * &MILAID +
  pattern 0332  * &MILAID WITH +
  pattern 0333  * + &HUMAID
  pattern 0333  * &HUMAID TO +
  pattern 0333  * &HUMAID +
  pattern 0333  * &HUMAID WITH +
  pattern 0334  * + &PEACEKEEPERS
  pattern 0334  * &PEACEKEEPERS TO +
  pattern 0334  * &PEACEKEEPERS +
  pattern 0334  * &PEACEKEEPERS WITH +
  pattern 0331  * + &ECONAID
  pattern 0331  * &ECONAID TO +
  pattern 0331  * &ECONAID +
  pattern 0331  * &ECONAID WITH +
  pattern 039   * + &MEDIATE
  pattern 039   * &MEDIATE TO +
  pattern 039   * &MEDIATE +
  pattern 039   * &MEDIATE WITH +
  pattern 038   * + &MEDIATION
  pattern 038   * &MEDIATION TO +
  pattern 038   * &MEDIATION +
  pattern 038   * &MEDIATION WITH +
  pattern 031   * + &MATCOOP
  pattern 031   * &MATCOOP TO +
  pattern 031   * &MATCOOP +
  pattern 031   * &MATCOOP WITH +
  pattern 0312  * + &MILCOOP
  pattern 0312  * &MILCOOP TO +
  pattern 0312  * &MILCOOP +
  pattern 0312  * &MILCOOP WITH +
  pattern 0313  * + &JUDCOOP
  pattern 0313  * &JUDCOOP TO +
  pattern 0313  * &JUDCOOP +
  pattern 0313  * &JUDCOOP WITH +
  pattern 0314  * + &INTEL
  pattern 0314  * &INTEL TO +
  pattern 0314  * &INTEL +
  pattern 0314  * &INTEL WITH +
  pattern 0311  * + &ECONCOOP
  pattern 0311  * &ECONCOOP TO +
  pattern 0311  * &ECONCOOP +
  pattern 0311  * &ECONCOOP WITH +
  pattern 0341  * + &RESIGN
  pattern 0341  * &RESIGN TO +
  pattern 0341  * &RESIGN +
  pattern 0341  * &RESIGN WITH +
  pattern 0341  * + &ELECTIONS
  pattern 0341  * &ELECTIONS TO +
  pattern 0341  * &ELECTIONS +
  pattern 0341  * &ELECTIONS WITH +
  pattern 0343  * + &RIGHTS
  pattern 0343  * &RIGHTS TO +
  pattern 0343  * &RIGHTS +
  pattern 0343  * &RIGHTS WITH +
  pattern 0344  * + &INSTITUTIONS
  pattern 0344  * &INSTITUTIONS TO +
  pattern 0344  * &INSTITUTIONS +
  pattern 0344  * &INSTITUTIONS WITH +
  pattern 0342  * + &POLICYCHANGE
  pattern 0342  * &POLICYCHANGE TO +
  pattern 0342  * &POLICYCHANGE +
  pattern 0342  * &POLICYCHANGE WITH +
  pattern 034   * + &REFORM
  pattern 034   * &REFORM TO +
  pattern 034   * &REFORM +
  pattern 034   * &REFORM WITH +
  pattern 0352  * + &ENDDISSENT
  pattern 0352  * &ENDDISSENT TO +
  pattern 0352  * &ENDDISSENT +
  pattern 0352  * &ENDDISSENT WITH +
  pattern 035   * + &YIELDWORD
  pattern 035   * &YIELDWORD TO +
  pattern 035   * &YIELDWORD +
  pattern 035   * &YIELDWORD WITH +
  pattern 032   * + &DIPLOCOOP
  pattern 032   * &DIPLOCOOP TO +
  pattern 032   * &DIPLOCOOP +
  pattern 032   * &DIPLOCOOP WITH +
  pattern 033   * + &AID
  pattern 033   * &AID TO +
  pattern 033   * &AID +
  pattern 033   * &AID WITH +
  pattern 030   * + &COOPERATE
  pattern 030   * &COOPERATE TO +
  pattern 030   * &COOPERATE +
  pattern 030   * &COOPERATE WITH +
  pattern 030   * TO +

verb AGREE    # 030 intent (031–039 by complement); 019 agree with; per dev conventions: agreed ceasefire 0871 both ways, agreed upgrade to a named partnership 050 both ways, agreed readmission 050
  # The dev conventions code "agreed to" + future action as intent (03x), both ways when the subject is a compound.
  lemma   agree; consent
  code    030
  pattern 1244  * TO &MAINTAINV &SANCTIONS ON +
  pattern 1244  * TO &MAINTAINV &SANCTIONS AGAINST +
  pattern 163   * TO &IMPOSEV &SANCTIONS ON +
  pattern 163   * TO &IMPOSEV &SANCTIONS AGAINST +
  pattern 085   * TO &EASE &SANCTIONS ON +
  pattern 0871  % * &CEASEFIRE
  pattern 0871:0871 * &CEASEFIRE WITH +
  pattern 0871  &CEASEFIRE * BY %
  pattern 0871  &CEASEFIRE * UPON BY %
  pattern 050   * TO &READMIT +
  pattern 050   % * &PARTNERSHIP
  pattern 050:050 * &PARTNERSHIP WITH +
  pattern 057   % * TO_SIGN &AGREEMENT
  pattern 036   % * TO &RESUME &TALKS
  pattern 036:036 * TO &RESUME &TALKS WITH +
  pattern 019:019 * WITH + ON
  pattern 019:019 * WITH + THAT
  pattern 0356:0356 * WITH + TO &CEASEFIRE
  pattern 0356  * &CEASEFIRE +
  pattern 0356:0356 * WITH + TO &WITHDRAWAL
  pattern 0356:0356 * &WITHDRAWAL WITH +
  pattern 0356  % * &WITHDRAWAL
  pattern 0356  * &WITHDRAWAL +
  pattern 0354:0354 * WITH + TO &EASE &SANCTIONS
  pattern 0354:0354 * &EASE &SANCTIONS WITH +
  pattern 0354  % * &EASE &SANCTIONS
  pattern 0354  * &EASE &SANCTIONS +
  pattern 0351:0351 * WITH + TO &EASE &ADMINSANCTIONS
  pattern 0351:0351 * &EASE &ADMINSANCTIONS WITH +
  pattern 0351  % * &EASE &ADMINSANCTIONS
  pattern 0351  * &EASE &ADMINSANCTIONS +
  pattern 0353:0353 * WITH + TO &RELEASE
  pattern 0353:0353 * &RELEASE WITH +
  pattern 0353  % * &RELEASE
  pattern 0353  * &RELEASE +
  pattern 0355:0355 * WITH + TO &INVOLVE
  pattern 0355:0355 * &INVOLVE WITH +
  pattern 0355  % * &INVOLVE
  pattern 0355  * &INVOLVE +
  pattern 0356:0356 * WITH + TO &DEESCALATE
  pattern 0356:0356 * &DEESCALATE WITH +
  pattern 0356  % * &DEESCALATE
  pattern 0356  * &DEESCALATE +
  pattern 037:037 * WITH + TO &SETTLE
  pattern 037:037 * &SETTLE WITH +
  pattern 037   % * &SETTLE
  pattern 037   * &SETTLE +
  pattern 036:036 * WITH + TO &MEET
  pattern 036:036 * &MEET WITH +
  pattern 036   % * &MEET
  pattern 036   * &MEET +
  pattern 0331:0331 * WITH + TO &RECONSTRUCTION
  pattern 0331:0331 * &RECONSTRUCTION WITH +
  pattern 0331  % * &RECONSTRUCTION
  pattern 0331  * &RECONSTRUCTION +
  pattern 0332:0332 * WITH + TO &MILAID
  pattern 0332:0332 * &MILAID WITH +
  pattern 0332  % * &MILAID
  pattern 0332  * &MILAID +
  pattern 0333:0333 * WITH + TO &HUMAID
  pattern 0333:0333 * &HUMAID WITH +
  pattern 0333  % * &HUMAID
  pattern 0333  * &HUMAID +
  pattern 0334:0334 * WITH + TO &PEACEKEEPERS
  pattern 0334:0334 * &PEACEKEEPERS WITH +
  pattern 0334  % * &PEACEKEEPERS
  pattern 0334  * &PEACEKEEPERS +
  pattern 0331:0331 * WITH + TO &ECONAID
  pattern 0331:0331 * &ECONAID WITH +
  pattern 0331  % * &ECONAID
  pattern 0331  * &ECONAID +
  pattern 039:039 * WITH + TO &MEDIATE
  pattern 039:039 * &MEDIATE WITH +
  pattern 039   % * &MEDIATE
  pattern 039   * &MEDIATE +
  pattern 038:038 * WITH + TO &MEDIATION
  pattern 038:038 * &MEDIATION WITH +
  pattern 038   % * &MEDIATION
  pattern 038   * &MEDIATION +
  pattern 031:031 * WITH + TO &MATCOOP
  pattern 031:031 * &MATCOOP WITH +
  pattern 031   % * &MATCOOP
  pattern 031   * &MATCOOP +
  pattern 0312:0312 * WITH + TO &MILCOOP
  pattern 0312:0312 * &MILCOOP WITH +
  pattern 0312  % * &MILCOOP
  pattern 0312  * &MILCOOP +
  pattern 0313:0313 * WITH + TO &JUDCOOP
  pattern 0313:0313 * &JUDCOOP WITH +
  pattern 0313  % * &JUDCOOP
  pattern 0313  * &JUDCOOP +
  pattern 0314:0314 * WITH + TO &INTEL
  pattern 0314:0314 * &INTEL WITH +
  pattern 0314  % * &INTEL
  pattern 0314  * &INTEL +
  pattern 0311:0311 * WITH + TO &ECONCOOP
  pattern 0311:0311 * &ECONCOOP WITH +
  pattern 0311  % * &ECONCOOP
  pattern 0311  * &ECONCOOP +
  pattern 0341:0341 * WITH + TO &RESIGN
  pattern 0341:0341 * &RESIGN WITH +
  pattern 0341  % * &RESIGN
  pattern 0341  * &RESIGN +
  pattern 0341:0341 * WITH + TO &ELECTIONS
  pattern 0341:0341 * &ELECTIONS WITH +
  pattern 0341  % * &ELECTIONS
  pattern 0341  * &ELECTIONS +
  pattern 0343:0343 * WITH + TO &RIGHTS
  pattern 0343:0343 * &RIGHTS WITH +
  pattern 0343  % * &RIGHTS
  pattern 0343  * &RIGHTS +
  pattern 0344:0344 * WITH + TO &INSTITUTIONS
  pattern 0344:0344 * &INSTITUTIONS WITH +
  pattern 0344  % * &INSTITUTIONS
  pattern 0344  * &INSTITUTIONS +
  pattern 0342:0342 * WITH + TO &POLICYCHANGE
  pattern 0342:0342 * &POLICYCHANGE WITH +
  pattern 0342  % * &POLICYCHANGE
  pattern 0342  * &POLICYCHANGE +
  pattern 034:034 * WITH + TO &REFORM
  pattern 034:034 * &REFORM WITH +
  pattern 034   % * &REFORM
  pattern 034   * &REFORM +
  pattern 0352:0352 * WITH + TO &ENDDISSENT
  pattern 0352:0352 * &ENDDISSENT WITH +
  pattern 0352  % * &ENDDISSENT
  pattern 0352  * &ENDDISSENT +
  pattern 035:035 * WITH + TO &YIELDWORD
  pattern 035:035 * &YIELDWORD WITH +
  pattern 035   % * &YIELDWORD
  pattern 035   * &YIELDWORD +
  pattern 032:032 * WITH + TO &DIPLOCOOP
  pattern 032:032 * &DIPLOCOOP WITH +
  pattern 032   % * &DIPLOCOOP
  pattern 032   * &DIPLOCOOP +
  pattern 033:033 * WITH + TO &AID
  pattern 033:033 * &AID WITH +
  pattern 033   % * &AID
  pattern 033   * &AID +
  pattern 030:030 * WITH + TO &COOPERATE
  pattern 030:030 * &COOPERATE WITH +
  pattern 030   % * &COOPERATE
  pattern 030   * &COOPERATE +
  pattern 019:019 * WITH +
  pattern 030   % * TO
  pattern 030   * TO +
  pattern 019   % * ON

verb PLAN    # 030 intent by complement (plan, intend, aim, prepare)
  lemma   plan; intend; aim; prepare; be set to; be due to; be scheduled to; be poised to; be expected to; be slated to
  form    is set to; are set to; was set to; were set to; is due to; are due to; was due to; were due to; is scheduled to; are scheduled to; was scheduled to; were scheduled to; is poised to; are poised to; is expected to; are expected to; was expected to; were expected to; is slated to; are slated to
  pattern 138   * TO &FORCE +
  pattern 138   * &FORCE AGAINST +
  pattern 1381  * TO_CLOSE &CHOKEPOINT IF +
  pattern 1384  * TO_ATTACK +
  pattern 1382  * TO &OCCUPY +
  pattern 1385  * TO_USE &WMD AGAINST +
  pattern 030   % * TO_SIGN &AGREEMENT
  pattern 030:030 * TO_SIGN &AGREEMENT WITH +
  # the forms "is expected to", "are set to" end in TO: the next word is the action
  pattern 030   % * SIGN &AGREEMENT
  pattern 030:030 * SIGN &AGREEMENT WITH +
  pattern 036   * TO_VISIT +
  pattern 036   * VISIT +
  pattern 036:036 * TO_MEET +
  pattern 036:036 * &TALKS WITH +
  pattern 0356  * &CEASEFIRE +
  pattern 0356:0356 * &CEASEFIRE WITH +
  pattern 0356  % * &CEASEFIRE
  pattern 0356  * &WITHDRAWAL +
  pattern 0356:0356 * &WITHDRAWAL WITH +
  pattern 0356  % * &WITHDRAWAL
  pattern 0354  * &EASE &SANCTIONS +
  pattern 0354:0354 * &EASE &SANCTIONS WITH +
  pattern 0354  % * &EASE &SANCTIONS
  pattern 0351  * &EASE &ADMINSANCTIONS +
  pattern 0351:0351 * &EASE &ADMINSANCTIONS WITH +
  pattern 0351  % * &EASE &ADMINSANCTIONS
  pattern 0353  * &RELEASE +
  pattern 0353:0353 * &RELEASE WITH +
  pattern 0353  % * &RELEASE
  pattern 0355  * &INVOLVE +
  pattern 0355:0355 * &INVOLVE WITH +
  pattern 0355  % * &INVOLVE
  pattern 0356  * &DEESCALATE +
  pattern 0356:0356 * &DEESCALATE WITH +
  pattern 0356  % * &DEESCALATE
  pattern 037   * &SETTLE +
  pattern 037:037 * &SETTLE WITH +
  pattern 037   % * &SETTLE
  pattern 036   * &MEET +
  pattern 036:036 * &MEET WITH +
  pattern 036   % * &MEET
  pattern 0331  * &RECONSTRUCTION +
  pattern 0331:0331 * &RECONSTRUCTION WITH +
  pattern 0331  % * &RECONSTRUCTION
  pattern 0332  * &MILAID +
  pattern 0332:0332 * &MILAID WITH +
  pattern 0332  % * &MILAID
  pattern 0333  * &HUMAID +
  pattern 0333:0333 * &HUMAID WITH +
  pattern 0333  % * &HUMAID
  pattern 0334  * &PEACEKEEPERS +
  pattern 0334:0334 * &PEACEKEEPERS WITH +
  pattern 0334  % * &PEACEKEEPERS
  pattern 0331  * &ECONAID +
  pattern 0331:0331 * &ECONAID WITH +
  pattern 0331  % * &ECONAID
  pattern 039   * &MEDIATE +
  pattern 039:039 * &MEDIATE WITH +
  pattern 039   % * &MEDIATE
  pattern 038   * &MEDIATION +
  pattern 038:038 * &MEDIATION WITH +
  pattern 038   % * &MEDIATION
  pattern 031   * &MATCOOP +
  pattern 031:031 * &MATCOOP WITH +
  pattern 031   % * &MATCOOP
  pattern 0312  * &MILCOOP +
  pattern 0312:0312 * &MILCOOP WITH +
  pattern 0312  % * &MILCOOP
  pattern 0313  * &JUDCOOP +
  pattern 0313:0313 * &JUDCOOP WITH +
  pattern 0313  % * &JUDCOOP
  pattern 0314  * &INTEL +
  pattern 0314:0314 * &INTEL WITH +
  pattern 0314  % * &INTEL
  pattern 0311  * &ECONCOOP +
  pattern 0311:0311 * &ECONCOOP WITH +
  pattern 0311  % * &ECONCOOP
  pattern 0341  * &RESIGN +
  pattern 0341:0341 * &RESIGN WITH +
  pattern 0341  % * &RESIGN
  pattern 0341  * &ELECTIONS +
  pattern 0341:0341 * &ELECTIONS WITH +
  pattern 0341  % * &ELECTIONS
  pattern 0343  * &RIGHTS +
  pattern 0343:0343 * &RIGHTS WITH +
  pattern 0343  % * &RIGHTS
  pattern 0344  * &INSTITUTIONS +
  pattern 0344:0344 * &INSTITUTIONS WITH +
  pattern 0344  % * &INSTITUTIONS
  pattern 0342  * &POLICYCHANGE +
  pattern 0342:0342 * &POLICYCHANGE WITH +
  pattern 0342  % * &POLICYCHANGE
  pattern 034   * &REFORM +
  pattern 034:034 * &REFORM WITH +
  pattern 034   % * &REFORM
  pattern 0352  * &ENDDISSENT +
  pattern 0352:0352 * &ENDDISSENT WITH +
  pattern 0352  % * &ENDDISSENT
  pattern 035   * &YIELDWORD +
  pattern 035:035 * &YIELDWORD WITH +
  pattern 035   % * &YIELDWORD
  pattern 032   * &DIPLOCOOP +
  pattern 032:032 * &DIPLOCOOP WITH +
  pattern 032   % * &DIPLOCOOP
  pattern 033   * &AID +
  pattern 033:033 * &AID WITH +
  pattern 033   % * &AID
  pattern 030   * &COOPERATE +
  pattern 030:030 * &COOPERATE WITH +
  pattern 030   % * &COOPERATE

verb NEED    # 020 Appeal (both sides "need to" cooperate: a call, per the dev conventions)
  lemma   need
  pattern 020   % * TO &COOPERATE
  pattern 020   % * TO &UPGRADEV
  pattern 020   * TO &COOPERATE WITH +
  pattern 020   * TO &UPGRADEV &RELATIONS WITH +

verb WILLING    # 030 intent (be willing/ready/prepared to)
  lemma   be willing to; be ready to; be prepared to; be keen to; be eager to; be determined to
  form    is willing to; are willing to; was willing to; were willing to; is ready to; are ready to; was ready to; were ready to; is prepared to; are prepared to; is keen to; are keen to; is eager to; are eager to; is determined to; are determined to
  code    030
  pattern 138   * TO &FORCE +
  pattern 138   * &FORCE AGAINST +
  pattern 1381  * TO_CLOSE &CHOKEPOINT IF +
  pattern 1384  * TO_ATTACK +
  pattern 1382  * TO &OCCUPY +
  pattern 1385  * TO_USE &WMD AGAINST +
  pattern 0356  * &CEASEFIRE WITH +
  pattern 0356  * &CEASEFIRE +
  pattern 0356  % * &CEASEFIRE
  pattern 0356  * &WITHDRAWAL WITH +
  pattern 0356  * &WITHDRAWAL +
  pattern 0356  % * &WITHDRAWAL
  pattern 0354  * &EASE &SANCTIONS WITH +
  pattern 0354  * &EASE &SANCTIONS +
  pattern 0354  % * &EASE &SANCTIONS
  pattern 0351  * &EASE &ADMINSANCTIONS WITH +
  pattern 0351  * &EASE &ADMINSANCTIONS +
  pattern 0351  % * &EASE &ADMINSANCTIONS
  pattern 0353  * &RELEASE WITH +
  pattern 0353  * &RELEASE +
  pattern 0353  % * &RELEASE
  pattern 0355  * &INVOLVE WITH +
  pattern 0355  * &INVOLVE +
  pattern 0355  % * &INVOLVE
  pattern 0356  * &DEESCALATE WITH +
  pattern 0356  * &DEESCALATE +
  pattern 0356  % * &DEESCALATE
  pattern 037   * &SETTLE WITH +
  pattern 037   * &SETTLE +
  pattern 037   % * &SETTLE
  pattern 036   * &MEET WITH +
  pattern 036   * &MEET +
  pattern 036   % * &MEET
  pattern 0331  * &RECONSTRUCTION WITH +
  pattern 0331  * &RECONSTRUCTION +
  pattern 0331  % * &RECONSTRUCTION
  pattern 0332  * &MILAID WITH +
  pattern 0332  * &MILAID +
  pattern 0332  % * &MILAID
  pattern 0333  * &HUMAID WITH +
  pattern 0333  * &HUMAID +
  pattern 0333  % * &HUMAID
  pattern 0334  * &PEACEKEEPERS WITH +
  pattern 0334  * &PEACEKEEPERS +
  pattern 0334  % * &PEACEKEEPERS
  pattern 0331  * &ECONAID WITH +
  pattern 0331  * &ECONAID +
  pattern 0331  % * &ECONAID
  pattern 039   * &MEDIATE WITH +
  pattern 039   * &MEDIATE +
  pattern 039   % * &MEDIATE
  pattern 038   * &MEDIATION WITH +
  pattern 038   * &MEDIATION +
  pattern 038   % * &MEDIATION
  pattern 031   * &MATCOOP WITH +
  pattern 031   * &MATCOOP +
  pattern 031   % * &MATCOOP
  pattern 0312  * &MILCOOP WITH +
  pattern 0312  * &MILCOOP +
  pattern 0312  % * &MILCOOP
  pattern 0313  * &JUDCOOP WITH +
  pattern 0313  * &JUDCOOP +
  pattern 0313  % * &JUDCOOP
  pattern 0314  * &INTEL WITH +
  pattern 0314  * &INTEL +
  pattern 0314  % * &INTEL
  pattern 0311  * &ECONCOOP WITH +
  pattern 0311  * &ECONCOOP +
  pattern 0311  % * &ECONCOOP
  pattern 0341  * &RESIGN WITH +
  pattern 0341  * &RESIGN +
  pattern 0341  % * &RESIGN
  pattern 0341  * &ELECTIONS WITH +
  pattern 0341  * &ELECTIONS +
  pattern 0341  % * &ELECTIONS
  pattern 0343  * &RIGHTS WITH +
  pattern 0343  * &RIGHTS +
  pattern 0343  % * &RIGHTS
  pattern 0344  * &INSTITUTIONS WITH +
  pattern 0344  * &INSTITUTIONS +
  pattern 0344  % * &INSTITUTIONS
  pattern 0342  * &POLICYCHANGE WITH +
  pattern 0342  * &POLICYCHANGE +
  pattern 0342  % * &POLICYCHANGE
  pattern 034   * &REFORM WITH +
  pattern 034   * &REFORM +
  pattern 034   % * &REFORM
  pattern 0352  * &ENDDISSENT WITH +
  pattern 0352  * &ENDDISSENT +
  pattern 0352  % * &ENDDISSENT
  pattern 035   * &YIELDWORD WITH +
  pattern 035   * &YIELDWORD +
  pattern 035   % * &YIELDWORD
  pattern 032   * &DIPLOCOOP WITH +
  pattern 032   * &DIPLOCOOP +
  pattern 032   % * &DIPLOCOOP
  pattern 033   * &AID WITH +
  pattern 033   * &AID +
  pattern 033   % * &AID
  pattern 030   * &COOPERATE WITH +
  pattern 030   * &COOPERATE +
  pattern 030   % * &COOPERATE
  pattern 030   * WITH +

verb WANT    # 030 intent by complement; 032 wanting closer ties (per dev conventions)
  lemma   want; desire; would like; wish to
  form    would like; wished to; wishes to
  pattern 032   * TO_&UPGRADEV &RELATIONS WITH +
  pattern 032   * TO_&UPGRADEV &RELATIONS
  pattern 032   * TO_&UPGRADEV &PARTNERSHIP
  pattern 0311  * TO_&UPGRADEV &ECONCOOP WITH +
  pattern 0311  * TO_&UPGRADEV &ECONCOOP
  pattern 036:036 * TO_MEET +
  pattern 036   * TO_VISIT +
  pattern 036   * TO_HOLD &TALKS WITH +
  pattern 036   * TO_NEGOTIATE WITH +
  pattern 030   * TO_&COOPERATE WITH +
  pattern 033   * TO_HELP +

verb INVITE    # 036 Express intent to meet or negotiate (an invitation)
  lemma   invite; extend an invitation
  form    extended an invitation; extending an invitation
  code    036
  pattern 036   * + TO_VISIT
  pattern 036   * + FOR &TALKS
  pattern 036   * + TO &MEET

verb ACCEPT    # 038 accept mediation; 036 accept an invitation; 0861/0862 accept peacekeepers/inspectors; 083 accede to demands
  lemma   accept
  pattern 038   * &MEDIATION +
  pattern 038   * + &MEDIATION
  pattern 038   * &MEDIATION
  pattern 036   * + INVITATION
  pattern 036   * INVITATION FROM +
  pattern 0861  * &PEACEKEEPERS
  pattern 0862  * &INVOLVE
  pattern 083   * + DEMANDS
  pattern 083   * DEMANDS OF +
  pattern 037   * &SETTLE
  pattern 019   * + &PROPOSAL
  pattern 019   * &PROPOSAL OF +
  pattern 019   * &PROPOSAL FROM +

verb ANNOUNCE    # pattern-only: announced partnership (050), ceasefire (0871), sanctions (163), aid pledges (033x), expulsions (161), troop withdrawals (0874)
  lemma   announce; unveil
  pattern 050:050 $ + * &PARTNERSHIP
  pattern 050   % * &PARTNERSHIP
  pattern 050   * &PARTNERSHIP WITH +
  pattern 0871  * &CEASEFIRE WITH +
  pattern 0871  % * &CEASEFIRE
  pattern 0871  * &CEASEFIRE
  pattern 163   * &SANCTIONS ON +
  pattern 163   * &SANCTIONS AGAINST +
  pattern 163   * + &SANCTIONS
  pattern 0332  * &MILAID FOR +
  pattern 0332  * &MILAID TO +
  pattern 0333  * &HUMAID FOR +
  pattern 0333  * &HUMAID TO +
  pattern 0331  * &ECONAID FOR +
  pattern 0331  * &ECONAID TO +
  pattern 033   * &AID FOR +
  pattern 033   * &AID TO +
  pattern 161   * EXPULSION OF +
  pattern 0874  * WITHDRAWAL OF &TROOPS FROM +
  pattern 0874  * WITHDRAWAL FROM +
  pattern 164   * SUSPENSION OF &TALKS WITH +
