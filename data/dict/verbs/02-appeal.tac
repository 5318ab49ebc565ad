# CAMEO root 02 — APPEAL (020–028)
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

verb URGE    # 020 Appeal (and 021–028 by complement)
  lemma   urge; exhort; encourage; implore; beseech; entreat; prod; nudge
  code    020
  pattern 0256  * + &CEASEFIRE
  pattern 0256  * &CEASEFIRE +
  pattern 0256  * + &WITHDRAWAL
  pattern 0256  * &WITHDRAWAL +
  pattern 0254  * + &EASE &SANCTIONS
  pattern 0254  * &EASE &SANCTIONS +
  pattern 0251  * + &EASE &ADMINSANCTIONS
  pattern 0251  * &EASE &ADMINSANCTIONS +
  pattern 0253  * + &RELEASE
  pattern 0253  * &RELEASE +
  pattern 0255  * + &INVOLVE
  pattern 0255  * &INVOLVE +
  pattern 0256  * + &DEESCALATE
  pattern 0256  * &DEESCALATE +
  pattern 027   * + &SETTLE
  pattern 027   * &SETTLE +
  pattern 026   * + &MEET
  pattern 026   * &MEET +
  pattern 0231  * + &RECONSTRUCTION
  pattern 0231  * &RECONSTRUCTION +
  pattern 0232  * + &MILAID
  pattern 0232  * &MILAID +
  pattern 0233  * + &HUMAID
  pattern 0233  * &HUMAID +
  pattern 0234  * + &PEACEKEEPERS
  pattern 0234  * &PEACEKEEPERS +
  pattern 0231  * + &ECONAID
  pattern 0231  * &ECONAID +
  pattern 028   * + &MEDIATE
  pattern 028   * &MEDIATE +
  pattern 028   * + &MEDIATION
  pattern 028   * &MEDIATION +
  pattern 0212  * + &MILCOOP
  pattern 0212  * &MILCOOP +
  pattern 0213  * + &JUDCOOP
  pattern 0213  * &JUDCOOP +
  pattern 0214  * + &INTEL
  pattern 0214  * &INTEL +
  pattern 0211  * + &ECONCOOP
  pattern 0211  * &ECONCOOP +
  pattern 0241  * + &RESIGN
  pattern 0241  * &RESIGN +
  pattern 0241  * + &ELECTIONS
  pattern 0241  * &ELECTIONS +
  pattern 0243  * + &RIGHTS
  pattern 0243  * &RIGHTS +
  pattern 0244  * + &INSTITUTIONS
  pattern 0244  * &INSTITUTIONS +
  pattern 0242  * + &POLICYCHANGE
  pattern 0242  * &POLICYCHANGE +
  pattern 024   * + &REFORM
  pattern 024   * &REFORM +
  pattern 0252  * + &ENDDISSENT
  pattern 0252  * &ENDDISSENT +
  pattern 025   * + &YIELDWORD
  pattern 025   * &YIELDWORD +
  pattern 022   * + &DIPLOCOOP
  pattern 022   * &DIPLOCOOP +
  pattern 023   * + &AID
  pattern 023   * &AID +
  pattern 021   * + &COOPERATE
  pattern 021   * &COOPERATE +
  pattern 020   * + TO

verb APPEAL    # 020 Appeal (and 021–028 by complement)
  lemma   appeal; plead; petition
  code    020
  pattern 0256  * TO + FOR &CEASEFIRE
  pattern 0256  * TO + TO &CEASEFIRE
  pattern 0256  * FOR &CEASEFIRE FROM +
  pattern 0256  * + &CEASEFIRE
  pattern 0256  * TO + FOR &WITHDRAWAL
  pattern 0256  * TO + TO &WITHDRAWAL
  pattern 0256  * FOR &WITHDRAWAL FROM +
  pattern 0256  * + &WITHDRAWAL
  pattern 0254  * TO + FOR &EASE &SANCTIONS
  pattern 0254  * TO + TO &EASE &SANCTIONS
  pattern 0254  * FOR &EASE &SANCTIONS FROM +
  pattern 0254  * + &EASE &SANCTIONS
  pattern 0251  * TO + FOR &EASE &ADMINSANCTIONS
  pattern 0251  * TO + TO &EASE &ADMINSANCTIONS
  pattern 0251  * FOR &EASE &ADMINSANCTIONS FROM +
  pattern 0251  * + &EASE &ADMINSANCTIONS
  pattern 0253  * TO + FOR &RELEASE
  pattern 0253  * TO + TO &RELEASE
  pattern 0253  * FOR &RELEASE FROM +
  pattern 0253  * + &RELEASE
  pattern 0255  * TO + FOR &INVOLVE
  pattern 0255  * TO + TO &INVOLVE
  pattern 0255  * FOR &INVOLVE FROM +
  pattern 0255  * + &INVOLVE
  pattern 0256  * TO + FOR &DEESCALATE
  pattern 0256  * TO + TO &DEESCALATE
  pattern 0256  * FOR &DEESCALATE FROM +
  pattern 0256  * + &DEESCALATE
  pattern 027   * TO + FOR &SETTLE
  pattern 027   * TO + TO &SETTLE
  pattern 027   * FOR &SETTLE FROM +
  pattern 027   * + &SETTLE
  pattern 026   * TO + FOR &MEET
  pattern 026   * TO + TO &MEET
  pattern 026   * FOR &MEET FROM +
  pattern 026   * + &MEET
  pattern 0231  * TO + FOR &RECONSTRUCTION
  pattern 0231  * TO + TO &RECONSTRUCTION
  pattern 0231  * FOR &RECONSTRUCTION FROM +
  pattern 0231  * + &RECONSTRUCTION
  pattern 0232  * TO + FOR &MILAID
  pattern 0232  * TO + TO &MILAID
  pattern 0232  * FOR &MILAID FROM +
  pattern 0232  * + &MILAID
  pattern 0233  * TO + FOR &HUMAID
  pattern 0233  * TO + TO &HUMAID
  pattern 0233  * FOR &HUMAID FROM +
  pattern 0233  * + &HUMAID
  pattern 0234  * TO + FOR &PEACEKEEPERS
  pattern 0234  * TO + TO &PEACEKEEPERS
  pattern 0234  * FOR &PEACEKEEPERS FROM +
  pattern 0234  * + &PEACEKEEPERS
  pattern 0231  * TO + FOR &ECONAID
  pattern 0231  * TO + TO &ECONAID
  pattern 0231  * FOR &ECONAID FROM +
  pattern 0231  * + &ECONAID
  pattern 028   * TO + FOR &MEDIATE
  pattern 028   * TO + TO &MEDIATE
  pattern 028   * FOR &MEDIATE FROM +
  pattern 028   * + &MEDIATE
  pattern 028   * TO + FOR &MEDIATION
  pattern 028   * TO + TO &MEDIATION
  pattern 028   * FOR &MEDIATION FROM +
  pattern 028   * + &MEDIATION
  pattern 0212  * TO + FOR &MILCOOP
  pattern 0212  * TO + TO &MILCOOP
  pattern 0212  * FOR &MILCOOP FROM +
  pattern 0212  * + &MILCOOP
  pattern 0213  * TO + FOR &JUDCOOP
  pattern 0213  * TO + TO &JUDCOOP
  pattern 0213  * FOR &JUDCOOP FROM +
  pattern 0213  * + &JUDCOOP
  pattern 0214  * TO + FOR &INTEL
  pattern 0214  * TO + TO &INTEL
  pattern 0214  * FOR &INTEL FROM +
  pattern 0214  * + &INTEL
  pattern 0211  * TO + FOR &ECONCOOP
  pattern 0211  * TO + TO &ECONCOOP
  pattern 0211  * FOR &ECONCOOP FROM +
  pattern 0211  * + &ECONCOOP
  pattern 0241  * TO + FOR &RESIGN
  pattern 0241  * TO + TO &RESIGN
  pattern 0241  * FOR &RESIGN FROM +
  pattern 0241  * + &RESIGN
  pattern 0241  * TO + FOR &ELECTIONS
  pattern 0241  * TO + TO &ELECTIONS
  pattern 0241  * FOR &ELECTIONS FROM +
  pattern 0241  * + &ELECTIONS
  pattern 0243  * TO + FOR &RIGHTS
  pattern 0243  * TO + TO &RIGHTS
  pattern 0243  * FOR &RIGHTS FROM +
  pattern 0243  * + &RIGHTS
  pattern 0244  * TO + FOR &INSTITUTIONS
  pattern 0244  * TO + TO &INSTITUTIONS
  pattern 0244  * FOR &INSTITUTIONS FROM +
  pattern 0244  * + &INSTITUTIONS
  pattern 0242  * TO + FOR &POLICYCHANGE
  pattern 0242  * TO + TO &POLICYCHANGE
  pattern 0242  * FOR &POLICYCHANGE FROM +
  pattern 0242  * + &POLICYCHANGE
  pattern 024   * TO + FOR &REFORM
  pattern 024   * TO + TO &REFORM
  pattern 024   * FOR &REFORM FROM +
  pattern 024   * + &REFORM
  pattern 0252  * TO + FOR &ENDDISSENT
  pattern 0252  * TO + TO &ENDDISSENT
  pattern 0252  * FOR &ENDDISSENT FROM +
  pattern 0252  * + &ENDDISSENT
  pattern 025   * TO + FOR &YIELDWORD
  pattern 025   * TO + TO &YIELDWORD
  pattern 025   * FOR &YIELDWORD FROM +
  pattern 025   * + &YIELDWORD
  pattern 022   * TO + FOR &DIPLOCOOP
  pattern 022   * TO + TO &DIPLOCOOP
  pattern 022   * FOR &DIPLOCOOP FROM +
  pattern 022   * + &DIPLOCOOP
  pattern 023   * TO + FOR &AID
  pattern 023   * TO + TO &AID
  pattern 023   * FOR &AID FROM +
  pattern 023   * + &AID
  pattern 021   * TO + FOR &COOPERATE
  pattern 021   * TO + TO &COOPERATE
  pattern 021   * FOR &COOPERATE FROM +
  pattern 021   * + &COOPERATE
  pattern 020   * TO +

verb CALL_ON    # 020 Appeal (and 021–028 by complement)
  lemma   call on; call upon
  form    called on; calling on; calls on; called upon; calling upon; calls upon
  code    020
  pattern 0256  * + &CEASEFIRE
  pattern 0256  * + &WITHDRAWAL
  pattern 0254  * + &EASE &SANCTIONS
  pattern 0251  * + &EASE &ADMINSANCTIONS
  pattern 0253  * + &RELEASE
  pattern 0255  * + &INVOLVE
  pattern 0256  * + &DEESCALATE
  pattern 027   * + &SETTLE
  pattern 026   * + &MEET
  pattern 0231  * + &RECONSTRUCTION
  pattern 0232  * + &MILAID
  pattern 0233  * + &HUMAID
  pattern 0234  * + &PEACEKEEPERS
  pattern 0231  * + &ECONAID
  pattern 028   * + &MEDIATE
  pattern 028   * + &MEDIATION
  pattern 0212  * + &MILCOOP
  pattern 0213  * + &JUDCOOP
  pattern 0214  * + &INTEL
  pattern 0211  * + &ECONCOOP
  pattern 0241  * + &RESIGN
  pattern 0241  * + &ELECTIONS
  pattern 0243  * + &RIGHTS
  pattern 0244  * + &INSTITUTIONS
  pattern 0242  * + &POLICYCHANGE
  pattern 024   * + &REFORM
  pattern 0252  * + &ENDDISSENT
  pattern 025   * + &YIELDWORD
  pattern 022   * + &DIPLOCOOP
  pattern 023   * + &AID
  pattern 021   * + &COOPERATE

verb CALL_FOR    # 020 Appeal (and 021–028 by complement)
  lemma   call for; press for; push for; lobby for; plead for
  form    called for; calling for; calls for; pressed for; pushed for; lobbied for; pleaded for; pled for
  code    020
  pattern 0256  * &CEASEFIRE +
  pattern 0256  * + &CEASEFIRE
  pattern 0256  * &WITHDRAWAL +
  pattern 0256  * + &WITHDRAWAL
  pattern 0254  * &EASE &SANCTIONS +
  pattern 0254  * + &EASE &SANCTIONS
  pattern 0251  * &EASE &ADMINSANCTIONS +
  pattern 0251  * + &EASE &ADMINSANCTIONS
  pattern 0253  * &RELEASE +
  pattern 0253  * + &RELEASE
  pattern 0255  * &INVOLVE +
  pattern 0255  * + &INVOLVE
  pattern 0256  * &DEESCALATE +
  pattern 0256  * + &DEESCALATE
  pattern 027   * &SETTLE +
  pattern 027   * + &SETTLE
  pattern 026   * &MEET +
  pattern 026   * + &MEET
  pattern 0231  * &RECONSTRUCTION +
  pattern 0231  * + &RECONSTRUCTION
  pattern 0232  * &MILAID +
  pattern 0232  * + &MILAID
  pattern 0233  * &HUMAID +
  pattern 0233  * + &HUMAID
  pattern 0234  * &PEACEKEEPERS +
  pattern 0234  * + &PEACEKEEPERS
  pattern 0231  * &ECONAID +
  pattern 0231  * + &ECONAID
  pattern 028   * &MEDIATE +
  pattern 028   * + &MEDIATE
  pattern 028   * &MEDIATION +
  pattern 028   * + &MEDIATION
  pattern 0212  * &MILCOOP +
  pattern 0212  * + &MILCOOP
  pattern 0213  * &JUDCOOP +
  pattern 0213  * + &JUDCOOP
  pattern 0214  * &INTEL +
  pattern 0214  * + &INTEL
  pattern 0211  * &ECONCOOP +
  pattern 0211  * + &ECONCOOP
  pattern 0241  * &RESIGN +
  pattern 0241  * + &RESIGN
  pattern 0241  * &ELECTIONS +
  pattern 0241  * + &ELECTIONS
  pattern 0243  * &RIGHTS +
  pattern 0243  * + &RIGHTS
  pattern 0244  * &INSTITUTIONS +
  pattern 0244  * + &INSTITUTIONS
  pattern 0242  * &POLICYCHANGE +
  pattern 0242  * + &POLICYCHANGE
  pattern 024   * &REFORM +
  pattern 024   * + &REFORM
  pattern 0252  * &ENDDISSENT +
  pattern 0252  * + &ENDDISSENT
  pattern 025   * &YIELDWORD +
  pattern 025   * + &YIELDWORD
  pattern 022   * &DIPLOCOOP +
  pattern 022   * + &DIPLOCOOP
  pattern 023   * &AID +
  pattern 023   * + &AID
  pattern 021   * &COOPERATE +
  pattern 021   * + &COOPERATE

verb ASK    # 020 Appeal (and 021–028 by complement)
  lemma   ask; request; solicit
  code    020
  pattern 0256  * + &CEASEFIRE
  pattern 0256  * &CEASEFIRE FROM +
  pattern 0256  * &CEASEFIRE OF +
  pattern 0256  * + &WITHDRAWAL
  pattern 0256  * &WITHDRAWAL FROM +
  pattern 0256  * &WITHDRAWAL OF +
  pattern 0254  * + &EASE &SANCTIONS
  pattern 0254  * &EASE &SANCTIONS FROM +
  pattern 0254  * &EASE &SANCTIONS OF +
  pattern 0251  * + &EASE &ADMINSANCTIONS
  pattern 0251  * &EASE &ADMINSANCTIONS FROM +
  pattern 0251  * &EASE &ADMINSANCTIONS OF +
  pattern 0253  * + &RELEASE
  pattern 0253  * &RELEASE FROM +
  pattern 0253  * &RELEASE OF +
  pattern 0255  * + &INVOLVE
  pattern 0255  * &INVOLVE FROM +
  pattern 0255  * &INVOLVE OF +
  pattern 0256  * + &DEESCALATE
  pattern 0256  * &DEESCALATE FROM +
  pattern 0256  * &DEESCALATE OF +
  pattern 027   * + &SETTLE
  pattern 027   * &SETTLE FROM +
  pattern 027   * &SETTLE OF +
  pattern 026   * + &MEET
  pattern 026   * &MEET FROM +
  pattern 026   * &MEET OF +
  pattern 0231  * + &RECONSTRUCTION
  pattern 0231  * &RECONSTRUCTION FROM +
  pattern 0231  * &RECONSTRUCTION OF +
  pattern 0232  * + &MILAID
  pattern 0232  * &MILAID FROM +
  pattern 0232  * &MILAID OF +
  pattern 0233  * + &HUMAID
  pattern 0233  * &HUMAID FROM +
  pattern 0233  * &HUMAID OF +
  pattern 0234  * + &PEACEKEEPERS
  pattern 0234  * &PEACEKEEPERS FROM +
  pattern 0234  * &PEACEKEEPERS OF +
  pattern 0231  * + &ECONAID
  pattern 0231  * &ECONAID FROM +
  pattern 0231  * &ECONAID OF +
  pattern 028   * + &MEDIATE
  pattern 028   * &MEDIATE FROM +
  pattern 028   * &MEDIATE OF +
  pattern 028   * + &MEDIATION
  pattern 028   * &MEDIATION FROM +
  pattern 028   * &MEDIATION OF +
  pattern 0212  * + &MILCOOP
  pattern 0212  * &MILCOOP FROM +
  pattern 0212  * &MILCOOP OF +
  pattern 0213  * + &JUDCOOP
  pattern 0213  * &JUDCOOP FROM +
  pattern 0213  * &JUDCOOP OF +
  pattern 0214  * + &INTEL
  pattern 0214  * &INTEL FROM +
  pattern 0214  * &INTEL OF +
  pattern 0211  * + &ECONCOOP
  pattern 0211  * &ECONCOOP FROM +
  pattern 0211  * &ECONCOOP OF +
  pattern 0241  * + &RESIGN
  pattern 0241  * &RESIGN FROM +
  pattern 0241  * &RESIGN OF +
  pattern 0241  * + &ELECTIONS
  pattern 0241  * &ELECTIONS FROM +
  pattern 0241  * &ELECTIONS OF +
  pattern 0243  * + &RIGHTS
  pattern 0243  * &RIGHTS FROM +
  pattern 0243  * &RIGHTS OF +
  pattern 0244  * + &INSTITUTIONS
  pattern 0244  * &INSTITUTIONS FROM +
  pattern 0244  * &INSTITUTIONS OF +
  pattern 0242  * + &POLICYCHANGE
  pattern 0242  * &POLICYCHANGE FROM +
  pattern 0242  * &POLICYCHANGE OF +
  pattern 024   * + &REFORM
  pattern 024   * &REFORM FROM +
  pattern 024   * &REFORM OF +
  pattern 0252  * + &ENDDISSENT
  pattern 0252  * &ENDDISSENT FROM +
  pattern 0252  * &ENDDISSENT OF +
  pattern 025   * + &YIELDWORD
  pattern 025   * &YIELDWORD FROM +
  pattern 025   * &YIELDWORD OF +
  pattern 022   * + &DIPLOCOOP
  pattern 022   * &DIPLOCOOP FROM +
  pattern 022   * &DIPLOCOOP OF +
  pattern 023   * + &AID
  pattern 023   * &AID FROM +
  pattern 023   * &AID OF +
  pattern 021   * + &COOPERATE
  pattern 021   * &COOPERATE FROM +
  pattern 021   * &COOPERATE OF +
  pattern ---   * ABOUT
  pattern 020   * + TO
  pattern 020   * + FOR

verb PRESS    # 020 Appeal; also 173 (press charges)
  lemma   press; pressure; pressurize; pressurise
  pattern 173   * CHARGES AGAINST +
  pattern 0256  * + TO &CEASEFIRE
  pattern 0256  * + TO &WITHDRAWAL
  pattern 0254  * + TO &EASE &SANCTIONS
  pattern 0251  * + TO &EASE &ADMINSANCTIONS
  pattern 0253  * + TO &RELEASE
  pattern 0255  * + TO &INVOLVE
  pattern 0256  * + TO &DEESCALATE
  pattern 027   * + TO &SETTLE
  pattern 026   * + TO &MEET
  pattern 0231  * + TO &RECONSTRUCTION
  pattern 0232  * + TO &MILAID
  pattern 0233  * + TO &HUMAID
  pattern 0234  * + TO &PEACEKEEPERS
  pattern 0231  * + TO &ECONAID
  pattern 028   * + TO &MEDIATE
  pattern 028   * + TO &MEDIATION
  pattern 0212  * + TO &MILCOOP
  pattern 0213  * + TO &JUDCOOP
  pattern 0214  * + TO &INTEL
  pattern 0211  * + TO &ECONCOOP
  pattern 0241  * + TO &RESIGN
  pattern 0241  * + TO &ELECTIONS
  pattern 0243  * + TO &RIGHTS
  pattern 0244  * + TO &INSTITUTIONS
  pattern 0242  * + TO &POLICYCHANGE
  pattern 024   * + TO &REFORM
  pattern 0252  * + TO &ENDDISSENT
  pattern 025   * + TO &YIELDWORD
  pattern 022   * + TO &DIPLOCOOP
  pattern 023   * + TO &AID
  pattern 021   * + TO &COOPERATE
  pattern 020   * + TO
  pattern 020   * + INTO

verb HOPE    # 020 Appeal (per the dev conventions a one-sided hope for cooperation is 02x)
  lemma   hope; wish
  code    020
  pattern 0256  * + &CEASEFIRE
  pattern 0256  * &CEASEFIRE WITH +
  pattern 0256  * + &WITHDRAWAL
  pattern 0256  * &WITHDRAWAL WITH +
  pattern 0254  * + &EASE &SANCTIONS
  pattern 0254  * &EASE &SANCTIONS WITH +
  pattern 0251  * + &EASE &ADMINSANCTIONS
  pattern 0251  * &EASE &ADMINSANCTIONS WITH +
  pattern 0253  * + &RELEASE
  pattern 0253  * &RELEASE WITH +
  pattern 0255  * + &INVOLVE
  pattern 0255  * &INVOLVE WITH +
  pattern 0256  * + &DEESCALATE
  pattern 0256  * &DEESCALATE WITH +
  pattern 027   * + &SETTLE
  pattern 027   * &SETTLE WITH +
  pattern 026   * + &MEET
  pattern 026   * &MEET WITH +
  pattern 0231  * + &RECONSTRUCTION
  pattern 0231  * &RECONSTRUCTION WITH +
  pattern 0232  * + &MILAID
  pattern 0232  * &MILAID WITH +
  pattern 0233  * + &HUMAID
  pattern 0233  * &HUMAID WITH +
  pattern 0234  * + &PEACEKEEPERS
  pattern 0234  * &PEACEKEEPERS WITH +
  pattern 0231  * + &ECONAID
  pattern 0231  * &ECONAID WITH +
  pattern 028   * + &MEDIATE
  pattern 028   * &MEDIATE WITH +
  pattern 028   * + &MEDIATION
  pattern 028   * &MEDIATION WITH +
  pattern 0212  * + &MILCOOP
  pattern 0212  * &MILCOOP WITH +
  pattern 0213  * + &JUDCOOP
  pattern 0213  * &JUDCOOP WITH +
  pattern 0214  * + &INTEL
  pattern 0214  * &INTEL WITH +
  pattern 0211  * + &ECONCOOP
  pattern 0211  * &ECONCOOP WITH +
  pattern 0241  * + &RESIGN
  pattern 0241  * &RESIGN WITH +
  pattern 0241  * + &ELECTIONS
  pattern 0241  * &ELECTIONS WITH +
  pattern 0243  * + &RIGHTS
  pattern 0243  * &RIGHTS WITH +
  pattern 0244  * + &INSTITUTIONS
  pattern 0244  * &INSTITUTIONS WITH +
  pattern 0242  * + &POLICYCHANGE
  pattern 0242  * &POLICYCHANGE WITH +
  pattern 024   * + &REFORM
  pattern 024   * &REFORM WITH +
  pattern 0252  * + &ENDDISSENT
  pattern 0252  * &ENDDISSENT WITH +
  pattern 025   * + &YIELDWORD
  pattern 025   * &YIELDWORD WITH +
  pattern 022   * + &DIPLOCOOP
  pattern 022   * &DIPLOCOOP WITH +
  pattern 023   * + &AID
  pattern 023   * &AID WITH +
  pattern 021   * + &COOPERATE
  pattern 021   * &COOPERATE WITH +

verb PROPOSE    # 020 Appeal; 022 proposals of diplomatic cooperation
  lemma   propose; suggest; put forward; float; table
  form    put forward; putting forward; puts forward
  code    020
  pattern 0256  * + &CEASEFIRE
  pattern 0256  * &CEASEFIRE WITH +
  pattern 0256  * &CEASEFIRE TO +
  pattern 0256  * + &WITHDRAWAL
  pattern 0256  * &WITHDRAWAL WITH +
  pattern 0256  * &WITHDRAWAL TO +
  pattern 0254  * + &EASE &SANCTIONS
  pattern 0254  * &EASE &SANCTIONS WITH +
  pattern 0254  * &EASE &SANCTIONS TO +
  pattern 0251  * + &EASE &ADMINSANCTIONS
  pattern 0251  * &EASE &ADMINSANCTIONS WITH +
  pattern 0251  * &EASE &ADMINSANCTIONS TO +
  pattern 0253  * + &RELEASE
  pattern 0253  * &RELEASE WITH +
  pattern 0253  * &RELEASE TO +
  pattern 0255  * + &INVOLVE
  pattern 0255  * &INVOLVE WITH +
  pattern 0255  * &INVOLVE TO +
  pattern 0256  * + &DEESCALATE
  pattern 0256  * &DEESCALATE WITH +
  pattern 0256  * &DEESCALATE TO +
  pattern 027   * + &SETTLE
  pattern 027   * &SETTLE WITH +
  pattern 027   * &SETTLE TO +
  pattern 026   * + &MEET
  pattern 026   * &MEET WITH +
  pattern 026   * &MEET TO +
  pattern 0231  * + &RECONSTRUCTION
  pattern 0231  * &RECONSTRUCTION WITH +
  pattern 0231  * &RECONSTRUCTION TO +
  pattern 0232  * + &MILAID
  pattern 0232  * &MILAID WITH +
  pattern 0232  * &MILAID TO +
  pattern 0233  * + &HUMAID
  pattern 0233  * &HUMAID WITH +
  pattern 0233  * &HUMAID TO +
  pattern 0234  * + &PEACEKEEPERS
  pattern 0234  * &PEACEKEEPERS WITH +
  pattern 0234  * &PEACEKEEPERS TO +
  pattern 0231  * + &ECONAID
  pattern 0231  * &ECONAID WITH +
  pattern 0231  * &ECONAID TO +
  pattern 028   * + &MEDIATE
  pattern 028   * &MEDIATE WITH +
  pattern 028   * &MEDIATE TO +
  pattern 028   * + &MEDIATION
  pattern 028   * &MEDIATION WITH +
  pattern 028   * &MEDIATION TO +
  pattern 0212  * + &MILCOOP
  pattern 0212  * &MILCOOP WITH +
  pattern 0212  * &MILCOOP TO +
  pattern 0213  * + &JUDCOOP
  pattern 0213  * &JUDCOOP WITH +
  pattern 0213  * &JUDCOOP TO +
  pattern 0214  * + &INTEL
  pattern 0214  * &INTEL WITH +
  pattern 0214  * &INTEL TO +
  pattern 0211  * + &ECONCOOP
  pattern 0211  * &ECONCOOP WITH +
  pattern 0211  * &ECONCOOP TO +
  pattern 0241  * + &RESIGN
  pattern 0241  * &RESIGN WITH +
  pattern 0241  * &RESIGN TO +
  pattern 0241  * + &ELECTIONS
  pattern 0241  * &ELECTIONS WITH +
  pattern 0241  * &ELECTIONS TO +
  pattern 0243  * + &RIGHTS
  pattern 0243  * &RIGHTS WITH +
  pattern 0243  * &RIGHTS TO +
  pattern 0244  * + &INSTITUTIONS
  pattern 0244  * &INSTITUTIONS WITH +
  pattern 0244  * &INSTITUTIONS TO +
  pattern 0242  * + &POLICYCHANGE
  pattern 0242  * &POLICYCHANGE WITH +
  pattern 0242  * &POLICYCHANGE TO +
  pattern 024   * + &REFORM
  pattern 024   * &REFORM WITH +
  pattern 024   * &REFORM TO +
  pattern 0252  * + &ENDDISSENT
  pattern 0252  * &ENDDISSENT WITH +
  pattern 0252  * &ENDDISSENT TO +
  pattern 025   * + &YIELDWORD
  pattern 025   * &YIELDWORD WITH +
  pattern 025   * &YIELDWORD TO +
  pattern 022   * + &DIPLOCOOP
  pattern 022   * &DIPLOCOOP WITH +
  pattern 022   * &DIPLOCOOP TO +
  pattern 023   * + &AID
  pattern 023   * &AID WITH +
  pattern 023   * &AID TO +
  pattern 021   * + &COOPERATE
  pattern 021   * &COOPERATE WITH +
  pattern 021   * &COOPERATE TO +
  pattern 020   * TO +

verb MAKE    # pattern-only: make a proposal (020/022), an apology (055), a visit (042), peace (037), concessions (080), accusations (112), threats (130), demands (100)
  lemma   make
  form    made; making; makes
  pattern 022   * &PROPOSAL + &DIPLOCOOP
  pattern 0211  * &PROPOSAL + &ECONCOOP
  pattern 020   * &PROPOSAL TO +
  pattern 020   * &PROPOSAL +
  pattern 055   * &APOLOGY TO +
  pattern 042   * &VISIT TO +
  pattern 037   * PEACE WITH +
  pattern 080   * CONCESSIONS TO +
  pattern 112   * &ACCUSATION AGAINST +
  pattern 130   * THREATS AGAINST +
  pattern 100   * DEMANDS ON +
  pattern 020   * APPEAL TO +
  pattern 041   * &PHONE TO +
  pattern 041   * &PHONE WITH +

verb LOBBY    # 020 Appeal; 113 campaigning against
  lemma   lobby; campaign
  code    020
  pattern 113   * AGAINST +
  pattern 0256  * + &CEASEFIRE
  pattern 0256  * FOR &CEASEFIRE +
  pattern 0256  * + &WITHDRAWAL
  pattern 0256  * FOR &WITHDRAWAL +
  pattern 0254  * + &EASE &SANCTIONS
  pattern 0254  * FOR &EASE &SANCTIONS +
  pattern 0251  * + &EASE &ADMINSANCTIONS
  pattern 0251  * FOR &EASE &ADMINSANCTIONS +
  pattern 0253  * + &RELEASE
  pattern 0253  * FOR &RELEASE +
  pattern 0255  * + &INVOLVE
  pattern 0255  * FOR &INVOLVE +
  pattern 0256  * + &DEESCALATE
  pattern 0256  * FOR &DEESCALATE +
  pattern 027   * + &SETTLE
  pattern 027   * FOR &SETTLE +
  pattern 026   * + &MEET
  pattern 026   * FOR &MEET +
  pattern 0231  * + &RECONSTRUCTION
  pattern 0231  * FOR &RECONSTRUCTION +
  pattern 0232  * + &MILAID
  pattern 0232  * FOR &MILAID +
  pattern 0233  * + &HUMAID
  pattern 0233  * FOR &HUMAID +
  pattern 0234  * + &PEACEKEEPERS
  pattern 0234  * FOR &PEACEKEEPERS +
  pattern 0231  * + &ECONAID
  pattern 0231  * FOR &ECONAID +
  pattern 028   * + &MEDIATE
  pattern 028   * FOR &MEDIATE +
  pattern 028   * + &MEDIATION
  pattern 028   * FOR &MEDIATION +
  pattern 0212  * + &MILCOOP
  pattern 0212  * FOR &MILCOOP +
  pattern 0213  * + &JUDCOOP
  pattern 0213  * FOR &JUDCOOP +
  pattern 0214  * + &INTEL
  pattern 0214  * FOR &INTEL +
  pattern 0211  * + &ECONCOOP
  pattern 0211  * FOR &ECONCOOP +
  pattern 0241  * + &RESIGN
  pattern 0241  * FOR &RESIGN +
  pattern 0241  * + &ELECTIONS
  pattern 0241  * FOR &ELECTIONS +
  pattern 0243  * + &RIGHTS
  pattern 0243  * FOR &RIGHTS +
  pattern 0244  * + &INSTITUTIONS
  pattern 0244  * FOR &INSTITUTIONS +
  pattern 0242  * + &POLICYCHANGE
  pattern 0242  * FOR &POLICYCHANGE +
  pattern 024   * + &REFORM
  pattern 024   * FOR &REFORM +
  pattern 0252  * + &ENDDISSENT
  pattern 0252  * FOR &ENDDISSENT +
  pattern 025   * + &YIELDWORD
  pattern 025   * FOR &YIELDWORD +
  pattern 022   * + &DIPLOCOOP
  pattern 022   * FOR &DIPLOCOOP +
  pattern 023   * + &AID
  pattern 023   * FOR &AID +
  pattern 021   * + &COOPERATE
  pattern 021   * FOR &COOPERATE +

verb SEEK    # 020 Appeal (0211 trade ties, 023 aid, 026 talks …)
  lemma   seek; look for
  form    sought; seeking; seeks; looked for; looking for; looks for
  code    020
  pattern 0256  * &CEASEFIRE WITH +
  pattern 0256  * &CEASEFIRE FROM +
  pattern 0256  * &CEASEFIRE +
  pattern 0256  * &WITHDRAWAL WITH +
  pattern 0256  * &WITHDRAWAL FROM +
  pattern 0256  * &WITHDRAWAL +
  pattern 0254  * &EASE &SANCTIONS WITH +
  pattern 0254  * &EASE &SANCTIONS FROM +
  pattern 0254  * &EASE &SANCTIONS +
  pattern 0251  * &EASE &ADMINSANCTIONS WITH +
  pattern 0251  * &EASE &ADMINSANCTIONS FROM +
  pattern 0251  * &EASE &ADMINSANCTIONS +
  pattern 0253  * &RELEASE WITH +
  pattern 0253  * &RELEASE FROM +
  pattern 0253  * &RELEASE +
  pattern 0255  * &INVOLVE WITH +
  pattern 0255  * &INVOLVE FROM +
  pattern 0255  * &INVOLVE +
  pattern 0256  * &DEESCALATE WITH +
  pattern 0256  * &DEESCALATE FROM +
  pattern 0256  * &DEESCALATE +
  pattern 027   * &SETTLE WITH +
  pattern 027   * &SETTLE FROM +
  pattern 027   * &SETTLE +
  pattern 026   * &MEET WITH +
  pattern 026   * &MEET FROM +
  pattern 026   * &MEET +
  pattern 0231  * &RECONSTRUCTION WITH +
  pattern 0231  * &RECONSTRUCTION FROM +
  pattern 0231  * &RECONSTRUCTION +
  pattern 0232  * &MILAID WITH +
  pattern 0232  * &MILAID FROM +
  pattern 0232  * &MILAID +
  pattern 0233  * &HUMAID WITH +
  pattern 0233  * &HUMAID FROM +
  pattern 0233  * &HUMAID +
  pattern 0234  * &PEACEKEEPERS WITH +
  pattern 0234  * &PEACEKEEPERS FROM +
  pattern 0234  * &PEACEKEEPERS +
  pattern 0231  * &ECONAID WITH +
  pattern 0231  * &ECONAID FROM +
  pattern 0231  * &ECONAID +
  pattern 028   * &MEDIATE WITH +
  pattern 028   * &MEDIATE FROM +
  pattern 028   * &MEDIATE +
  pattern 028   * &MEDIATION WITH +
  pattern 028   * &MEDIATION FROM +
  pattern 028   * &MEDIATION +
  pattern 0212  * &MILCOOP WITH +
  pattern 0212  * &MILCOOP FROM +
  pattern 0212  * &MILCOOP +
  pattern 0213  * &JUDCOOP WITH +
  pattern 0213  * &JUDCOOP FROM +
  pattern 0213  * &JUDCOOP +
  pattern 0214  * &INTEL WITH +
  pattern 0214  * &INTEL FROM +
  pattern 0214  * &INTEL +
  pattern 0211  * &ECONCOOP WITH +
  pattern 0211  * &ECONCOOP FROM +
  pattern 0211  * &ECONCOOP +
  pattern 0241  * &RESIGN WITH +
  pattern 0241  * &RESIGN FROM +
  pattern 0241  * &RESIGN +
  pattern 0241  * &ELECTIONS WITH +
  pattern 0241  * &ELECTIONS FROM +
  pattern 0241  * &ELECTIONS +
  pattern 0243  * &RIGHTS WITH +
  pattern 0243  * &RIGHTS FROM +
  pattern 0243  * &RIGHTS +
  pattern 0244  * &INSTITUTIONS WITH +
  pattern 0244  * &INSTITUTIONS FROM +
  pattern 0244  * &INSTITUTIONS +
  pattern 0242  * &POLICYCHANGE WITH +
  pattern 0242  * &POLICYCHANGE FROM +
  pattern 0242  * &POLICYCHANGE +
  pattern 024   * &REFORM WITH +
  pattern 024   * &REFORM FROM +
  pattern 024   * &REFORM +
  pattern 0252  * &ENDDISSENT WITH +
  pattern 0252  * &ENDDISSENT FROM +
  pattern 0252  * &ENDDISSENT +
  pattern 025   * &YIELDWORD WITH +
  pattern 025   * &YIELDWORD FROM +
  pattern 025   * &YIELDWORD +
  pattern 022   * &DIPLOCOOP WITH +
  pattern 022   * &DIPLOCOOP FROM +
  pattern 022   * &DIPLOCOOP +
  pattern 023   * &AID WITH +
  pattern 023   * &AID FROM +
  pattern 023   * &AID +
  pattern 021   * &COOPERATE WITH +
  pattern 021   * &COOPERATE FROM +
  pattern 021   * &COOPERATE +
  pattern 036   * &TALKS WITH +
  pattern 020   * SUPPORT FROM +
  pattern 020   * FROM +
  pattern ---   * TO

verb REITERATE    # 020 reiterated / renewed calls (02x by complement); 051 renewed support
  lemma   reiterate; repeat; restate; reaffirm
  pattern 0256  * CALL FOR + &CEASEFIRE
  pattern 0256  * CALLS FOR + &CEASEFIRE
  pattern 0256  * CALL ON + &CEASEFIRE
  pattern 0256  * APPEAL TO + &CEASEFIRE
  pattern 0256  * CALL FOR + &WITHDRAWAL
  pattern 0256  * CALLS FOR + &WITHDRAWAL
  pattern 0256  * CALL ON + &WITHDRAWAL
  pattern 0256  * APPEAL TO + &WITHDRAWAL
  pattern 0254  * CALL FOR + &EASE &SANCTIONS
  pattern 0254  * CALLS FOR + &EASE &SANCTIONS
  pattern 0254  * CALL ON + &EASE &SANCTIONS
  pattern 0254  * APPEAL TO + &EASE &SANCTIONS
  pattern 0251  * CALL FOR + &EASE &ADMINSANCTIONS
  pattern 0251  * CALLS FOR + &EASE &ADMINSANCTIONS
  pattern 0251  * CALL ON + &EASE &ADMINSANCTIONS
  pattern 0251  * APPEAL TO + &EASE &ADMINSANCTIONS
  pattern 0253  * CALL FOR + &RELEASE
  pattern 0253  * CALLS FOR + &RELEASE
  pattern 0253  * CALL ON + &RELEASE
  pattern 0253  * APPEAL TO + &RELEASE
  pattern 0255  * CALL FOR + &INVOLVE
  pattern 0255  * CALLS FOR + &INVOLVE
  pattern 0255  * CALL ON + &INVOLVE
  pattern 0255  * APPEAL TO + &INVOLVE
  pattern 0256  * CALL FOR + &DEESCALATE
  pattern 0256  * CALLS FOR + &DEESCALATE
  pattern 0256  * CALL ON + &DEESCALATE
  pattern 0256  * APPEAL TO + &DEESCALATE
  pattern 027   * CALL FOR + &SETTLE
  pattern 027   * CALLS FOR + &SETTLE
  pattern 027   * CALL ON + &SETTLE
  pattern 027   * APPEAL TO + &SETTLE
  pattern 026   * CALL FOR + &MEET
  pattern 026   * CALLS FOR + &MEET
  pattern 026   * CALL ON + &MEET
  pattern 026   * APPEAL TO + &MEET
  pattern 0231  * CALL FOR + &RECONSTRUCTION
  pattern 0231  * CALLS FOR + &RECONSTRUCTION
  pattern 0231  * CALL ON + &RECONSTRUCTION
  pattern 0231  * APPEAL TO + &RECONSTRUCTION
  pattern 0232  * CALL FOR + &MILAID
  pattern 0232  * CALLS FOR + &MILAID
  pattern 0232  * CALL ON + &MILAID
  pattern 0232  * APPEAL TO + &MILAID
  pattern 0233  * CALL FOR + &HUMAID
  pattern 0233  * CALLS FOR + &HUMAID
  pattern 0233  * CALL ON + &HUMAID
  pattern 0233  * APPEAL TO + &HUMAID
  pattern 0234  * CALL FOR + &PEACEKEEPERS
  pattern 0234  * CALLS FOR + &PEACEKEEPERS
  pattern 0234  * CALL ON + &PEACEKEEPERS
  pattern 0234  * APPEAL TO + &PEACEKEEPERS
  pattern 0231  * CALL FOR + &ECONAID
  pattern 0231  * CALLS FOR + &ECONAID
  pattern 0231  * CALL ON + &ECONAID
  pattern 0231  * APPEAL TO + &ECONAID
  pattern 028   * CALL FOR + &MEDIATE
  pattern 028   * CALLS FOR + &MEDIATE
  pattern 028   * CALL ON + &MEDIATE
  pattern 028   * APPEAL TO + &MEDIATE
  pattern 028   * CALL FOR + &MEDIATION
  pattern 028   * CALLS FOR + &MEDIATION
  pattern 028   * CALL ON + &MEDIATION
  pattern 028   * APPEAL TO + &MEDIATION
  pattern 0212  * CALL FOR + &MILCOOP
  pattern 0212  * CALLS FOR + &MILCOOP
  pattern 0212  * CALL ON + &MILCOOP
  pattern 0212  * APPEAL TO + &MILCOOP
  pattern 0213  * CALL FOR + &JUDCOOP
  pattern 0213  * CALLS FOR + &JUDCOOP
  pattern 0213  * CALL ON + &JUDCOOP
  pattern 0213  * APPEAL TO + &JUDCOOP
  pattern 0214  * CALL FOR + &INTEL
  pattern 0214  * CALLS FOR + &INTEL
  pattern 0214  * CALL ON + &INTEL
  pattern 0214  * APPEAL TO + &INTEL
  pattern 0211  * CALL FOR + &ECONCOOP
  pattern 0211  * CALLS FOR + &ECONCOOP
  pattern 0211  * CALL ON + &ECONCOOP
  pattern 0211  * APPEAL TO + &ECONCOOP
  pattern 0241  * CALL FOR + &RESIGN
  pattern 0241  * CALLS FOR + &RESIGN
  pattern 0241  * CALL ON + &RESIGN
  pattern 0241  * APPEAL TO + &RESIGN
  pattern 0241  * CALL FOR + &ELECTIONS
  pattern 0241  * CALLS FOR + &ELECTIONS
  pattern 0241  * CALL ON + &ELECTIONS
  pattern 0241  * APPEAL TO + &ELECTIONS
  pattern 0243  * CALL FOR + &RIGHTS
  pattern 0243  * CALLS FOR + &RIGHTS
  pattern 0243  * CALL ON + &RIGHTS
  pattern 0243  * APPEAL TO + &RIGHTS
  pattern 0244  * CALL FOR + &INSTITUTIONS
  pattern 0244  * CALLS FOR + &INSTITUTIONS
  pattern 0244  * CALL ON + &INSTITUTIONS
  pattern 0244  * APPEAL TO + &INSTITUTIONS
  pattern 0242  * CALL FOR + &POLICYCHANGE
  pattern 0242  * CALLS FOR + &POLICYCHANGE
  pattern 0242  * CALL ON + &POLICYCHANGE
  pattern 0242  * APPEAL TO + &POLICYCHANGE
  pattern 024   * CALL FOR + &REFORM
  pattern 024   * CALLS FOR + &REFORM
  pattern 024   * CALL ON + &REFORM
  pattern 024   * APPEAL TO + &REFORM
  pattern 0252  * CALL FOR + &ENDDISSENT
  pattern 0252  * CALLS FOR + &ENDDISSENT
  pattern 0252  * CALL ON + &ENDDISSENT
  pattern 0252  * APPEAL TO + &ENDDISSENT
  pattern 025   * CALL FOR + &YIELDWORD
  pattern 025   * CALLS FOR + &YIELDWORD
  pattern 025   * CALL ON + &YIELDWORD
  pattern 025   * APPEAL TO + &YIELDWORD
  pattern 022   * CALL FOR + &DIPLOCOOP
  pattern 022   * CALLS FOR + &DIPLOCOOP
  pattern 022   * CALL ON + &DIPLOCOOP
  pattern 022   * APPEAL TO + &DIPLOCOOP
  pattern 023   * CALL FOR + &AID
  pattern 023   * CALLS FOR + &AID
  pattern 023   * CALL ON + &AID
  pattern 023   * APPEAL TO + &AID
  pattern 021   * CALL FOR + &COOPERATE
  pattern 021   * CALLS FOR + &COOPERATE
  pattern 021   * CALL ON + &COOPERATE
  pattern 021   * APPEAL TO + &COOPERATE
  pattern 051   * SUPPORT FOR +
  pattern 020   * CALL FOR +
  pattern 020   * CALL ON +
  pattern 020   * APPEAL TO +
