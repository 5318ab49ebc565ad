# agents.tac — generic roles. An agent takes its country from the nearest
# actor ("Chinese foreign minister" → CHN + GOV) and appends its sector.
#
# Sectors follow CAMEO and the conventions of the dev set (dev/README), which
# is the standard we are scored against:
#   GOV  leaders, ministers, ministries, diplomats, embassies, state media,
#        ruling juntas and military councils
#   MIL  armed forces, troops, security forces, state paramilitaries
#   COP  police                JUD  courts, judges, prosecutors
#   LEG  parliaments, lawmakers
#   REB  rebels, insurgents, militants      UAF  unidentified gunmen
#   OPP  opposition, dissidents, activists  PRO  protesters (dev convention)
#   ELI  former office-holders              PTY  political parties
#   BUS  business, companies   CVL  civilians, residents, workers, men, women
#   REF  refugees, migrants    MED  journalists, media
#   EDU  students, teachers    HLH  doctors, health workers
#   LAB  trade unions          AGR  farmers
#   CRM  criminals, smugglers  SPY  intelligence services
#   NGO  aid groups, rights groups
# The regular plural of the last word is generated; irregular plurals
# (spokesmen, businessmen, men, women) are listed. Longer names win, so
# "former president" (ELI) beats "president" (GOV), and "state media" (GOV)
# beats "media" (MED).
@source tacitus authors; sectors per CAMEO 1.1b3 and ../shared/dev/README.md

# ---- Government (GOV)

agent HEAD_OF_STATE
  name   president; vice president; vice-president; head of state; heads of state; presidency; presidential palace; presidential office; acting president; interim president; transitional president
  code   ~GOV

agent HEAD_OF_GOVERNMENT
  name   prime minister; premier; PM; chancellor; head of government; heads of government; deputy prime minister; first minister; chief minister; interim prime minister
  code   ~GOV

agent MONARCH
  name   king; queen; emir; amir; crown prince; sultan; monarch; royal court; ruler; rulers; supreme leader; ayatollah
  code   ~GOV

agent FOREIGN_MINISTER
  name   foreign minister; foreign affairs minister; minister of foreign affairs; ministers of foreign affairs; foreign secretary; secretary of state; secretaries of state; top diplomat; external affairs minister; deputy foreign minister; vice foreign minister; chief diplomat
  code   ~GOV

agent DEFENCE_MINISTER
  name   defence minister; defense minister; minister of defence; minister of defense; ministers of defence; ministers of defense; defence secretary; defense secretary; secretary of defense; secretaries of defense; war minister; secretary of war
  code   ~GOV

agent MINISTER
  name   minister; interior minister; finance minister; trade minister; commerce minister; economy minister; energy minister; oil minister; justice minister; health minister; information minister; cabinet minister; state minister; deputy minister; secretary; treasury secretary; commerce secretary; home secretary; national security adviser; national security advisor; security adviser; adviser; advisor; aide; chief of staff; chiefs of staff
  # A bare "secretary" and "adviser" are GOV because news uses them almost only for ministers and officials.
  code   ~GOV

agent MINISTRY
  name   ministry; foreign ministry; foreign office; defence ministry; defense ministry; interior ministry; finance ministry; trade ministry; commerce ministry; justice ministry; health ministry; information ministry; ministry of foreign affairs; ministries of foreign affairs; ministry of defence; ministry of defense; ministry of interior; department; foreign affairs department; external affairs ministry
  # Ministries are GOV, the defence ministry too (dev/README: "A leader, minister, ministry … is coded GOV").
  code   ~GOV

agent GOVERNMENT
  name   government; govt; administration; regime; authorities; cabinet; leadership; interim government; transitional government; caretaker government; coalition government; federal government; central government; national government; council of ministers; central bank; state council; politburo
  code   ~GOV

agent LEADER
  name   leader; dictator; strongman; top official; senior official; official; officer; functionary; bureaucrat; governor; mayor; provincial government; local government; local authorities; regional government
  # Sub-national governments are GOV of their country (CAMEO has no separate local-government sector in the dev set).
  code   ~GOV

agent SPOKESPERSON
  name   spokesperson; spokesman; spokesmen; spokeswoman; spokeswomen; press secretary; government spokesman; official spokesman; spokespeople
  code   ~GOV

agent DIPLOMAT
  name   diplomat; envoy; special envoy; ambassador; embassy; consulate; consul; consul general; consulate general; high commission; high commissioner; charge d'affaires; chargé d'affaires; chargés d'affaires; charges d'affaires; permanent representative; delegation; delegate; negotiator; diplomatic mission; legation
  code   ~GOV

agent JUNTA
  name   junta; military junta; military council; transitional military council; ruling military council; military government; military rulers; sovereign council; ruling council; military-led government; military authorities
  # A ruling military council or junta is GOV (dev/README).
  code   ~GOV

agent STATE_MEDIA
  name   state media; state-run media; state television; state TV; state-run television; state-run TV; state broadcaster; state-run broadcaster; state news agency; state-run news agency; official news agency; state-owned media; state newspaper; state-run newspaper; state radio; state-run radio; official media
  # State-run media are GOV (dev/README, after Phoenix's STATE_MEDIA = GOVMED).
  code   ~GOV

# ---- Legislature (LEG)

agent LEGISLATURE
  name   parliament; parliamentarian; lawmaker; legislator; MP; member of parliament; members of parliament; senate; senator; congress; congressman; congressmen; congresswoman; congresswomen; legislature; national assembly; lower house; upper house; house speaker; speaker of parliament; legislative council; parliamentary committee
  code   ~LEG

# ---- Judiciary (JUD)

agent JUDICIARY
  name   court; supreme court; constitutional court; high court; appeals court; court of appeal; military court; tribunal; judge; judiciary; prosecutor; public prosecutor; prosecutor general; attorney general; attorneys general; prosecution; magistrate
  code   ~JUD

# ---- Armed forces (MIL)

agent MILITARY
  name   military; army; navy; air force; armed forces; troops; soldier; forces; military forces; government forces; government troops; regime forces; pro-government forces; security forces; defence forces; defense forces; national guard; republican guard; special forces; commandos; paratroopers; marines; coast guard; border guard; border guards; border forces; infantry; militaries
  # "Security forces" are MIL (dev/README).
  code   ~MIL

agent MILITARY_COMMAND
  name   commander; military commander; army chief; army commander; general staff; chief of general staff; military chief; military leader; military officials; defence chief; defense chief; joint chiefs; chief of army staff; field marshal; military officer; army officer
  code   ~MIL

agent MILITARY_ASSETS
  name   warplane; fighter jet; jet; bomber; aircraft; helicopter; gunship; drone; warship; navy ship; submarine; tank; artillery; air strike; airstrike; missile battery; air defence; air defense; air defences; air defenses
  # Weapons named as the doer ("Israeli warplanes struck", "Russian drones hit") stand for the armed forces that use them.
  code   ~MIL

# ---- Police (COP)

agent POLICE
  name   police; policeman; policemen; policewoman; police officer; riot police; gendarmerie; gendarme; border police; police force; law enforcement; interior ministry troops; security police
  code   ~COP

# ---- Intelligence (SPY)

agent INTELLIGENCE
  name   intelligence; intelligence agency; intelligence service; intelligence services; spy agency; spy; spies; spy chief; secret police; intelligence chief; intelligence officials
  code   ~SPY

# ---- Armed non-state actors (REB, UAF)

agent REBELS
  name   rebel; insurgent; militant; fighter; guerrilla; guerrillas; jihadist; jihadi; extremist; terrorist; separatist; militia; militiaman; militiamen; armed group; insurgency; rebel group; militant group; mujahideen; suicide bomber; resistance fighters; paramilitaries; paramilitary
  # Named state paramilitaries are MIL in their own entries (states.tac, armed_groups.tac); a generic "militia" is REB.
  code   ~REB

agent GUNMEN
  name   gunman; gunmen; assailant; attacker; armed men; unidentified gunmen; masked men
  # CAMEO's UAF: unidentified armed forces.
  code   ~UAF

# ---- Opposition and protest (OPP, PRO, PTY)

agent OPPOSITION
  name   opposition; opposition leader; opposition party; opposition parties; opposition figure; opposition group; opposition coalition; dissident; activist; exile; exiles; pro-democracy activists; opposition alliance
  code   ~OPP

agent PROTESTERS
  name   protester; protestor; demonstrator; protest leader; protest group; protest movement; marcher; rioter; mob; crowd; strikers; sit-in; sit-ins; protest camp; protest camps; protest site; protest organisers; protest organizers
  # Protesters are PRO (dev/README sector table; dev10). A protest camp or sit-in stands
  # for the protesters in it ("stormed a protest camp": the protesters are the target).
  code   ~PRO

agent PARTY
  name   party; ruling party; political party; communist party; party leader; party chief; party official; party members; party secretary; general secretary
  code   ~PTY

# ---- Former office-holders and elites (ELI)

agent FORMER_OFFICIALS
  name   former president; former prime minister; former premier; former foreign minister; former defence minister; former defense minister; former minister; former official; former diplomat; former ambassador; former leader; former head of state; former chancellor; former king; former ruler; ex-president; ex-prime minister; ex-premier; ex-minister; ex-leader; ex-official; ex-diplomat; late president; retired general; former general; former army chief; tribal leader; tribal elders; tribal chief; royal; prince; princess
  # Former office-holders are ELI (dev09-02: "former diplomat Michael Kovrig" = CANELI).
  code   ~ELI

# ---- Society

agent BUSINESS
  name   businessman; businessmen; businesswoman; businesswomen; business; business leader; company; firm; corporation; conglomerate; entrepreneur; executive; chief executive; CEO; investor; bank; lender; oil company; state-owned company; manufacturer; exporter; importer; trader; contractor; tycoon; industrialist
  # dev09: "technology executive" and "entrepreneur" are BUS.
  code   ~BUS

agent CIVILIANS
  name   civilian; resident; citizen; nationals; villager; inhabitant; worker; labourer; laborer; man; men; woman; women; child; children; boy; girl; family; passenger; tourist; pilgrim; hostage; detainee; prisoner; captive; population; locals; countryman; countrymen; compatriot
  # Workers, residents and ordinary people are CVL (dev/README; dev09: "two Canadian men" = CANCVL).
  code   ~CVL

agent REFUGEES
  name   refugee; asylum seeker; asylum-seeker; displaced people; displaced persons; displaced person; internally displaced; IDP; migrant; evacuee
  code   ~REF

agent MEDIA
  name   journalist; reporter; correspondent; media; newspaper; news outlet; broadcaster; television; TV station; editor; blogger; photographer; news agency
  code   ~MED

agent EDUCATION
  name   student; university; teacher; academic; professor; scholar; school; researcher
  code   ~EDU

agent HEALTH
  name   doctor; nurse; medic; health worker; hospital; medical staff; medical workers; paramedic; surgeon
  code   ~HLH

agent LABOUR
  name   union; trade union; labour union; labor union; union leader; unionist
  code   ~LAB

agent AGRICULTURE
  name   farmer; herder; peasant; fisherman; fishermen
  code   ~AGR

agent CRIMINALS
  name   criminal; smuggler; trafficker; drug trafficker; gang; gang member; cartel; pirate; kidnapper; drug lord; drug dealer; mafia
  code   ~CRM

agent AID_GROUPS
  name   aid group; aid agency; aid worker; humanitarian group; humanitarian organization; humanitarian organisation; relief agency; charity; NGO; non-governmental organization; non-governmental organisation; rights group; human rights group; watchdog; civil society; civil society group
  code   ~NGO

agent CLERGY
  name   cleric; imam; mufti; grand mufti; bishop; archbishop; patriarch; priest; rabbi; clergy; religious leader
  # CAMEO's REL sector (religious).
  code   ~REL
