# Word sets used by the verb patterns (docs/dictionaries.md, "synset").
#
# Written for tacitus from the CAMEO 1.1b3 category definitions (codes and labels:
# GDELT's CAMEO.eventcodes.txt). A synset groups the objects and complements that
# decide which CAMEO code a verb gets: "impose &SANCTIONS on +" is 163, "pledge
# &MILAID" is 0332. Members are words or phrases (matched on normalized words);
# a member "&X" includes synset X. Keep plurals explicit: synset words are not
# inflected.
@version tacitus-verbs 0.1
@source CAMEO 1.1b3 category definitions (Schrodt, Gerner et al.); words chosen by the tacitus project

# ---- money and aid ----------------------------------------------------------
synset CURRENCY
  word  $; €; £; ¥; usd; dollar; dollars; euro; euros; yuan; renminbi; pound; pounds
  word  sterling; yen; rupee; rupees; riyal; riyals; rial; rials; dirham; dirhams
  word  rouble; roubles; ruble; rubles; franc; francs; dinar; dinars; lira; naira
  word  rand; shekel; shekels; won; taka; peso; pesos; real; reais

synset MONEY
  word  &CURRENCY; billion; billions; million; millions; trillion; bn; mn
  word  money; cash; funds; funding; fund; loan; loans; grant; grants; credit; credits
  word  credit line; line of credit; financing; finance; donation; donations; deposit
  word  deposits; investment; investments; debt relief; budget support; bailout
  word  lifeline; financial lifeline; stimulus; subsidies; compensation

synset ECONAID
  word  &MONEY; economic aid; economic assistance; financial aid; financial assistance
  word  financial support; economic support; development aid; development assistance
  word  reconstruction aid; aid package; economic package; rescue package

synset MILAID
  word  weapons; weaponry; arms; military aid; military assistance; military support
  word  security assistance; defence assistance; defense assistance; ammunition
  word  munitions; missiles; rockets; tanks; artillery; howitzers; fighter jets
  word  warplanes; jets; helicopters; drones; air defence; air defences; air defense
  word  air defenses; air-defence; air-defense; military equipment; military hardware
  word  shells; rifles; armoured vehicles; armored vehicles; military training

synset HUMAID
  word  humanitarian aid; humanitarian assistance; humanitarian supplies; relief
  word  relief supplies; emergency aid; emergency relief; food aid; food; medicine
  word  medicines; medical supplies; medical aid; vaccines; vaccine; doses; tents
  word  shelter; blankets; water; fuel; relief goods; disaster relief; famine relief

synset AID
  word  aid; assistance; help; relief; &ECONAID; &MILAID; &HUMAID

synset RECONSTRUCTION
  word  reconstruction; rebuild; rebuilding; reconstruct; reconstructing; recovery

synset PEACEKEEPERS
  word  peacekeepers; peacekeeping troops; peacekeeping force; peacekeeping forces
  word  peacekeeping mission; peacekeeping; protection force; stabilization force
  word  stabilisation force; blue helmets

# ---- diplomacy --------------------------------------------------------------
synset TALKS
  word  talks; negotiations; negotiation; discussions; consultations; dialogue
  word  dialog; meeting; meetings; summit; summits; peace talks; peace negotiations
  word  round of talks; bilateral talks; conversation; conversations; parley

synset AGREEMENT
  word  agreement; agreements; accord; accords; deal; deals; treaty; treaties; pact
  word  pacts; memorandum; memoranda; memorandums; memorandum of understanding; mou
  word  mous; declaration; declarations; protocol; protocols; contract; contracts
  word  charter; convention; communique; joint statement; framework; roadmap
  word  road map; instruments; documents; letter of intent; peace deal; peace accord
  word  peace agreement; trade deal; trade agreement; free trade agreement; armistice

synset RELATIONS
  word  relations; ties; relationship; relationships; diplomatic relations
  word  diplomatic ties; bilateral relations; bilateral ties; links; contacts
  word  cooperation; co-operation; friendship; bilateral relation

synset PARTNERSHIP
  word  partnership; strategic partnership; comprehensive strategic partnership
  word  comprehensive partnership; alliance; strategic alliance; strategic cooperation
  word  partnership of cooperation; strategic partnership of cooperation
  word  all-weather partnership; special relationship; strategic relationship
  word  partners; strategic partners; allies

synset MEMBERSHIP
  word  membership; member; members; activities; organization; organisation; bloc
  word  union; league; body; grouping; alliance; institutions

synset DIPLOMATS
  word  ambassador; ambassadors; envoy; envoys; diplomat; diplomats; diplomatic staff
  word  diplomatic personnel; embassy staff; charge d'affaires; chargé d'affaires
  word  high commissioner; consul; consul general; attache; attaché; attaches
  word  official; officials; staffer; staffers; military attache; defence attache
  word  delegation; delegations; negotiators; negotiating team

synset EMBASSY
  word  embassy; embassies; consulate; consulates; mission; missions
  word  high commission; diplomatic mission; diplomatic missions; legation

synset MEDIATION
  word  mediation; mediator; mediators; good offices; facilitation; arbitration

# ---- coercion and force -----------------------------------------------------
synset SANCTIONS
  word  sanction; sanctions; embargo; embargoes; embargos; arms embargo; oil embargo
  word  trade embargo; boycott; boycotts; economic sanctions; restrictions; tariffs
  word  tariff; duties; penalties; punitive measures; export controls; export ban
  word  import ban; travel ban; travel bans; asset freeze; asset freezes; blacklist
  word  curbs; trade restrictions; measures

synset TROOPS
  word  troops; soldiers; forces; army; armed forces; military; warships; warship
  word  tanks; armoured vehicles; armored vehicles; reinforcements; units; battalions
  word  brigades; divisions; fighter jets; warplanes; bombers; navy; naval vessels
  word  marines; paratroopers; servicemen; personnel; military personnel; carrier
  word  aircraft carrier; submarines; missiles; missile launchers

synset WEAPONS
  word  &MILAID; bombs; bomb; grenades; explosives; mortars; mortar; guns

synset MISSILES
  word  missile; missiles; cruise missiles; ballistic missiles; tomahawk; tomahawks
  word  rockets; rocket; artillery; shells; mortar; mortars; shelling; howitzers
  word  tank; tanks; tank fire; artillery fire; katyusha; katyushas; grad rockets
  word  projectiles

synset AIRSTRIKES
  word  airstrike; airstrikes; air strike; air strikes; air raid; air raids; drone strike
  word  drone strikes; drone attack; drone attacks; bombing raid; bombing raids
  word  bombing; bombings; aerial bombardment; bombardment; airstrike campaign
  word  sorties; strikes; strike

synset ATTACKS
  word  attack; attacks; assault; assaults; offensive; counteroffensive
  word  counter-offensive; raid; raids; incursion; incursions; operation; operations
  word  offensives; strikes; hostilities; aggression; military operation
  word  military operations; invasion; ground operation; ground offensive

synset CEASEFIRE
  word  ceasefire; ceasefires; cease-fire; cease-fires; cease fire; truce; truces
  word  armistice; cessation of hostilities; humanitarian pause; pause in fighting
  word  halt to fighting; moratorium

synset EXERCISE
  word  exercise; exercises; drill; drills; maneuvers; manoeuvres; maneuver
  word  manoeuvre; war games; wargames; naval exercise; joint exercise
  word  joint exercises; joint drills; military exercise; military exercises

synset CHOKEPOINT
  word  strait; straits; strait of hormuz; hormuz; canal; suez canal; bab el-mandeb
  word  shipping lanes; sea lanes; waterway; waterways; port; ports; border; borders
  word  border crossing; border crossings; airspace; crossing; crossings

# ---- people ------------------------------------------------------------------
synset PRISONERS
  word  prisoner; prisoners; detainee; detainees; hostage; hostages; captive
  word  captives; political prisoners; prisoners of war; pows; pow; abductees
  word  captured soldiers; inmates; nationals; citizens; journalist; journalists
  word  activists; dissidents

synset PROTESTERS
  word  protesters; protestors; demonstrators; protester; protestor; demonstrator
  word  marchers; rally; rallies; protest; protests; demonstration; demonstrations
  word  sit-in; sit-ins; protest camp; protest camps; crowd; crowds; crowds of
  word  mourners; strikers; students; opposition supporters; activists

synset CIVILIANS
  word  civilians; villagers; residents; worshippers; people; children; women
  word  refugees; displaced people; families; population; inhabitants

# ---- complements of intent, appeal, demand and refusal ----------------------
synset ECONCOOP
  word  trade; investment; investments; economic cooperation; economic co-operation
  word  economic ties; trade ties; trade relations; economic relations; business
  word  commerce; energy cooperation; energy; infrastructure; agriculture; economy
  word  economic; financial cooperation; free trade; market access; exports; imports
  word  investment ties; industrial cooperation; tourism

synset MILCOOP
  word  military cooperation; defence cooperation; defense cooperation
  word  security cooperation; military ties; defence ties; defense ties; security ties
  word  defence ties; counter-terrorism; counterterrorism; joint patrols; defence industry
  word  arms deals; military-technical cooperation; maritime security

synset JUDCOOP
  word  extradite; extradition; extradited; judicial cooperation; legal cooperation
  word  law enforcement; mutual legal assistance; hand over; handover; fugitives

synset INTEL
  word  intelligence; intelligence sharing; information; information sharing; data

synset RELEASE
  word  release; free; freed; freeing; releasing; return; returning; repatriate
  word  repatriation; hand over

synset REFORM
  word  reform; reforms; political change; change; changes

synset RIGHTS
  word  rights; human rights; freedoms; freedom; civil liberties; liberties
  word  right to vote; press freedom; freedom of speech; freedom of expression

synset RESIGN
  word  resign; resignation; step down; stepping down; quit; leave office; stand down
  word  ouster; removal; hand over power; cede power; handover of power; transfer power

synset DEESCALATE
  word  &CEASEFIRE; de-escalate; de-escalation; deescalate; restraint; withdraw
  word  withdrawal; pull out; pullout; pull back; halt attacks; stop attacks
  word  halt the offensive; end the fighting; stop the fighting; end hostilities
  word  halt military operations; stop the war; end the war; calm

synset EASE
  word  ease; easing; lift; lifting; relax; relaxing; loosen; loosening; remove
  word  removing; scrap; scrapping; suspend; suspending; end; ending; roll back
  word  waive; waiving; unfreeze; unfreezing

synset RELIEF     # a relief granted, as a noun: "warned the easing could be reversed"
  word  relaxation; easing; relief; sanctions relief; lifting; waiver; waivers
  word  exemption; exemptions; concession; concessions; reprieve

synset WITHDRAWAL
  word  withdraw; withdrawal; pull out; pullout; pull back; leave; retreat
  word  withdraw troops; troop withdrawal; withdraw its troops; withdraw forces

synset MEDIATE
  word  mediate; mediating; broker; brokering; facilitate; act as mediator
  word  act as a mediator; play a mediating role; mediator

synset INFO
  word  investigation; investigations; inquiry; enquiry; probe; explanation
  word  explanations; information; answers; clarification; details; evidence
  word  independent investigation; transparent investigation; account

synset SETTLE
  word  settle; settlement; resolve; resolution; end the conflict; end the dispute
  word  peaceful solution; political solution; peaceful settlement; make peace
  word  peace; reconcile; reconciliation; peace deal; peace plan; peace process

synset COOPERATE
  word  cooperate; co-operate; cooperation; co-operation; work together; collaborate
  word  collaboration; partner; work closely; joint efforts; coordinate

synset STRENGTHEN
  word  strengthen; deepen; boost; expand; enhance; increase; promote; advance
  word  bolster; broaden; elevate; upgrade; improve; develop; consolidate; step up
  word  further

synset MEET
  word  meet; meeting; talks; negotiate; negotiations; visit; hold talks
  word  resume talks; discuss; dialogue; summit; sit down; convene; consult
  word  consultations; travel; attend

synset ACCUSATION
  word  accusation; accusations; allegation; allegations; claim; claims; charges
  word  charge; reports; report; suggestions; assertions

synset DIPLOCOOP
  word  recognize; recognise; recognition; diplomatic support; political support
  word  normalize; normalise; normalization; normalisation; normalize ties
  word  restore ties; restore relations; establish relations; establish ties
  word  diplomatic relations; diplomatic ties; exchanges; high-level exchanges
  word  strategic communication; high level exchanges; coordination; solidarity
  word  relations; ties; bilateral relations; bilateral ties; contacts; close contacts
  word  new heights; a higher level; next level

synset ELECTIONS
  word  elections; election; polls; vote; a vote; fresh elections; early elections
  word  presidential election; parliamentary elections; general election; referendum

synset INSTITUTIONS
  word  democratic reforms; democratic reform; democratization; democratisation
  word  democracy; constitutional order; constitutional rule; civilian rule
  word  civilian government; civilian-led government; civilian-led; transition
  word  democratic transition; new constitution; constitution; regime change
  word  political reforms; political reform; institutional reform; rule of law

synset POLICYCHANGE
  word  change its policy; change policy; policy change; change course; reverse
  word  reversal; reconsider; abandon; drop; rescind; revoke; withdraw the decision
  word  scrap the plan; halt the plan; stop building; halt construction

synset ADMINSANCTIONS
  word  ban; bans; curfew; curfews; state of emergency; emergency rule; martial law
  word  travel restrictions; media restrictions; internet shutdown; internet blackout
  word  restrictions; lockdown; ban on; banned party; banned parties; blockade

synset INVOLVE
  word  inspectors; inspection; inspections; observers; monitors; international observers
  word  humanitarian access; humanitarian corridor; humanitarian corridors; aid access
  word  aid workers; aid convoys; investigators; fact-finding mission; access

synset NEGWORD
  word  reckless; irresponsible; unacceptable; illegal; illegitimate; unlawful
  word  dangerous; provocative; provocation; hostile; outrageous; shameful
  word  hypocritical; absurd; baseless; groundless; unfounded; lies; bluster
  word  criminal; crime; crimes; terrorist; terrorists; terrorism; barbaric
  word  short-sighted; shortsighted; a mistake; mistake; wrong; unjustified
  word  violation; a violation; blatant violation; disgrace; disgraceful
  word  threat; a threat; destabilizing; destabilising; interference; meddling
  word  regrettable; deplorable; appalling; unhelpful; counterproductive
  word  ridiculous; nonsense; propaganda; puppet; rogue; enemy; dictator

synset AGGRWORD
  word  aggression; act of aggression; aggressive; invasion; act of war; attack
  word  deliberate provocation; military provocation; occupation; occupier
  word  occupiers; aggressor

synset POSWORD
  word  historic; constructive; productive; positive; fruitful; successful
  word  friend; friends; good friends; partner; partners; ally; brother; brothers
  word  brotherly; good news; great; excellent; important; valuable; milestone
  word  landmark; a model; welcome; encouraging; a success; cordial; friendly

synset CONCERN
  word  concern; concerns; serious concern; deep concern; grave concern; worry
  word  worries; alarm; pessimism; doubt; doubts; skepticism; scepticism; unease
  word  disappointment; frustration; fears; fear; anxiety; misgivings; reservations

synset CONDOLENCES
  word  condolences; condolence; sympathy; sympathies; sorrow; grief; deep sorrow
  word  heartfelt condolences; sincere condolences

synset READMIT
  word  readmit; re-admit; reinstate; readmission; reinstatement; welcome back
  word  restore membership; return to the fold; reintegrate; reintegration

synset CUT
  word  cut; cut off; reduce; halt; stop; suspend; freeze; withhold; end; slash
  word  sever; break off; terminate; withdraw; pull; scrap

synset FORCE
  word  force; military force; military action; retaliate; retaliation; respond
  word  response; military response; strike back; hit back; war; revenge; avenge
  word  crushing response; decisive response; punish; punishment; consequences
  word  attack; attacks; strike; strikes; destroy; annihilate; wipe out; crush

synset OCCUPY
  word  occupy; occupation; invade; invasion; annex; annexation; seize; take over
  word  capture

synset WMD
  word  nuclear; nuclear weapons; nuclear weapon; nuclear attack; nukes; atomic
  word  chemical weapons; biological weapons; weapons of mass destruction

synset CHEMWEAPONS
  word  chemical weapons; chemical weapon; chemical agents; nerve agent; nerve gas
  word  sarin; chlorine gas; chlorine; mustard gas; vx; poison gas; toxic gas
  word  biological weapons; chemical attack; chemical attacks

synset NUKE
  word  nuclear device; nuclear bomb; nuclear weapon; atomic bomb; hydrogen bomb
  word  nuclear warhead; nuclear test

synset BOMB
  word  bomb; bombs; explosive device; explosive devices; ied; ieds; explosives
  word  car bomb; roadside bomb; suicide vest; grenade; grenades

synset DISSENT
  word  protest; protests; demonstrations; demonstration; strike; strikes; boycott
  word  civil disobedience; campaign; sit-in; sit-ins; march; marches; unrest
  word  rallies; uprising; revolt; resistance

synset ROADBLOCKS
  word  roadblocks; roadblock; barricades; barricade; blockades; road blocks

synset CONFLICT
  word  conflict; war; hostilities; fighting; battle; battles; combat; clashes
  word  armed conflict; fight; gunfight; firefight; skirmishes

synset TEARGAS
  word  tear gas; teargas; rubber bullets; live ammunition; live rounds; water cannon
  word  water cannons; batons; stun grenades; pellets; birdshot

synset IMPORTS
  word  imports; exports; goods; products; oil; gas; flights; ships; vessels
  word  airlines; trade; shipments; supplies; energy; electricity; fuel; grain

synset DOCS
  word  statement; statements; report; reports; video; videos; footage; figures
  word  data; details; document; documents; readout; communique; list; photos
  word  images; results; budget; album; film; song; book; plan; guidelines
  word  transcript; recording; audio; findings; text; a statement

synset PROPOSAL
  word  proposal; proposals; specific proposals; suggestion; suggestions; offer
  word  initiative; plan; proposed; idea; ideas

synset CRIMEWORD
  word  corruption; fraud; bribery; money laundering; embezzlement; crime; crimes
  word  tax evasion; smuggling; trafficking; drug trafficking; murder; terrorism
  word  abuse of power; graft; theft; illegal activities

synset HRABUSE
  word  human rights abuses; human rights violations; rights abuses; abuses
  word  torture; mistreatment; ill-treatment; persecution; repression
  word  discrimination; forced labour; forced labor; extrajudicial killings

synset WARCRIMES
  word  war crimes; war crime; crimes against humanity; genocide; atrocities
  word  ethnic cleansing; massacres; massacre

synset SPYING
  word  espionage; spying; spy; spies; treason; sabotage; hacking; cyberattacks
  word  cyber attacks; cyberattack; interference; election interference

synset APOLOGY
  word  apology; apologies; an apology; remorse; deep remorse; heartfelt apology
  word  regret; regrets; contrition

synset AIDAGENCIES
  word  aid agencies; aid agency; aid groups; aid organizations; aid organisations
  word  ngos; ngo; relief agencies; humanitarian organizations; charities
  word  humanitarian groups; relief groups; aid workers

synset MIGRANTS
  word  migrants; refugees; asylum seekers; journalists; journalist; correspondent
  word  correspondents; foreigners; foreign nationals; workers; residents; nationals
  word  citizens; activists; illegal immigrants; immigrants

synset PROTESTCAMP
  word  protest camp; protest camps; sit-in; sit-ins; protest site; protest sites
  word  encampment; camp; square; rally; march; demonstration; demonstrators
  word  protesters; protestors

synset VISIT
  word  visit; visits; state visit; official visit; trip; tour; stop; stopover

synset PHONE
  word  phone; telephone; phone call; telephone call; call; video call; videoconference
  word  video link; video conference; phone conversation; telephone conversation

synset NEEDWORD
  word  need; needs; importance; necessity; role; efforts; right; value; threat
  word  danger; challenge; challenges; problem; fact; reality

synset CRITICISM
  word  criticism; criticisms; attacks; accusations; allegations; charges; claims

synset RESUME
  word  resume; restart; reopen; revive; relaunch; return to; hold; start; begin
  word  launch; open

synset ELECTIONWORD
  word  elections; election; polls; vote; referendum

synset TERRITORY
  word  territory; territories; land; lands; soil; airspace; waters; border; borders
  word  region; regions; areas

synset PROPERTY
  word  property; properties; assets; land; territory; territories; remains; bodies
  word  artefacts; artifacts; antiquities; ship; ships; tanker; tankers; vessel
  word  vessels; aircraft; plane; planes; equipment; cargo; goods; documents; funds

synset DEMANDS
  word  demands; demand; requests; request; pressure; calls; ultimatum; conditions

synset CLOSE
  word  close; closing; shut; shutting; block; blocking; blockade; seal off; cut off

synset EXPEL
  word  expel; expelling; expulsion; expulsions; recall; recalling; kick out; throw out

synset REINSTATE
  word  reinstate; reinstatement; readmit; restore; restoration; lift the ban; allow

synset UPGRADEV
  word  elevate; upgrade; raise; lift; strengthen; deepen; boost; expand; enhance
  word  improve; promote; develop; advance; take; bolster; broaden; further; increase

synset ENEMY
  word  enemy; enemies; militants; insurgents; rebels; targets; hostile forces
  word  terrorists; fighters; positions

synset POLICYWORD
  word  policy; policies; decision; plan; proposal; remarks; comments; statement
  word  speech; law; bill; budget; idea; approach; stance; record; handling; move
  word  rhetoric; strategy; report; reforms; response

synset OPPORTUNITY
  word  opportunity; chance; moment; initiative; occasion; momentum; the day

synset DOUBTWORD
  word  legitimacy; wisdom; motives; credibility; sincerity; validity; logic
  word  independence; impartiality; commitment; intentions; sanity; competence

synset ENDDISSENT
  word  end the protests; end protests; call off the protests; call off protests
  word  stop the protests; halt the protests; end the strike; call off the strike
  word  end the demonstrations; end the sit-in; disperse; go home; end the uprising

synset YIELDWORD
  word  yield; concede; back down; give in; compromise; make concessions; step back
  word  relent; cave in; bow to pressure

synset UNCONV
  word  kill hostages; kill the hostages; execute hostages; execute the hostages
  word  behead; suicide attacks; suicide bombings; terror attacks; terrorist attacks
  word  bombings; kidnap; kidnappings; assassinate; assassinations

synset RESTRICT
  word  restrict; restrictions; curb; curbs; ban; bans; outlaw; censor; shut down

synset QUITWORDS
  word  boycott; quit; leave; walk out; pull out of; withdraw from; resign; veto
  word  block; suspend cooperation; end cooperation

synset PERSONNEL
  word  staff; personnel; nationals; citizens; workers; employees; contractors
  word  diplomatic staff; embassy staff; aid workers; experts; advisers; advisors

synset TERRORATTACK
  word  terrorist attack; terrorist attacks; terror attack; terror attacks
  word  suicide attack; suicide attacks; bomb attack; bomb attacks; suicide bombing

synset ATROCITY
  word  atrocities; atrocity; mass atrocities; massacres; mass killings

synset MAINTAINV
  word  extend; renew; maintain; keep; prolong; roll over; uphold; retain

synset IMPOSEV
  word  impose; slap; adopt; approve; introduce; levy; tighten; expand

synset MATCOOP
  word  institutionalised cooperation; institutionalized cooperation; practical cooperation
  word  cooperation mechanism; cooperation mechanisms; joint projects; joint ventures
  word  maritime affairs; maritime cooperation; space cooperation; technical cooperation
  word  scientific cooperation; nuclear cooperation; cooperation in
