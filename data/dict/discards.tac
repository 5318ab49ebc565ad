# Discards: phrases that cancel coding (docs/dictionaries.md, "discard").
#
# Written by the tacitus project. Conservative on purpose: a `word` cancels only the
# sentence it appears in, and is chosen so that it names sport or entertainment and
# nothing political ("national team", "box office"); a `story` cancels the whole article
# and is used only for page types that never carry events (horoscopes, match reports).
# Not listed, because politics uses them: Olympic Games (boycotts), World Cup (hosting
# disputes), tournament, coach, defender, match, game, score.
@version tacitus-discards 0.1

discard FOOTBALL
  word  football match; soccer match; football club; national football team
  word  national team; national squad; premier league; champions league
  word  europa league; la liga; serie a; bundesliga; world cup qualifier
  word  world cup final; world cup qualifiers; penalty shootout; penalty shoot-out
  word  hat-trick; hat trick; scored a goal; scored twice; scored the winner
  word  equaliser; equalizer; striker; midfielder; goalkeeper; kick-off; kickoff
  word  transfer window; stoppage time; injury time; own goal; red card; yellow card
  story match report; transfer rumours; transfer rumors; fantasy football

discard OTHER_SPORTS
  word  cricket match; test match; one-day international; t20 match; grand slam
  word  semi-final; semifinal; semi-finals; semifinals; quarter-final; quarterfinal
  word  quarter-finals; quarterfinals; gold medal; silver medal; bronze medal
  word  asian games; commonwealth games; formula one; grand prix; tennis match
  word  boxing match; title fight; heavyweight title; rugby match; tour de france
  word  marathon runner; medal tally; medal table; world record holder
  story betting odds; race card; racecard

discard ENTERTAINMENT
  word  box office; box-office; oscar nomination; oscar nominations; golden globe
  word  golden globes; grammy award; grammy awards; grammy nomination; album release
  word  music video; red carpet; fashion week; reality show; reality tv; sitcom
  word  tv series; netflix series; season finale; film festival; movie premiere
  word  film premiere; music festival; concert tour; world tour; chart-topping
  word  video game; video games; esports
  story horoscope; horoscopes; crossword; sudoku; film review; movie review
  story album review; celebrity gossip; lottery results; tv listings; recipe of the day
