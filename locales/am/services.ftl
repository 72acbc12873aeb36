# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – የልጆች የእርዳታ መስመር
service-eu-116111-description = በአብዛኞቹ የአውሮፓ ኅብረት አገሮች ለልጆች ነፃ የእርዳታ መስመር። ስለሚያስጨንቅህ ማንኛውም ነገር መናገር ትችላለህ። ክፍት የሚሆንበት ሰዓት እንደ አገሩ ይለያያል።

service-eu-116000-name = 116 000 – የጠፉ ልጆች
service-eu-116000-description = በአብዛኞቹ የአውሮፓ ኅብረት አገሮች ልጅ ሲጠፋ የሚደወልበት ነፃ ቁጥር። አንድ ሰው ከጠፋ፣ ወይም ኮብልለህ እርዳታ ካስፈለገህ ደውል።

service-eu-112-name = 112 – የአደጋ ጊዜ ጥሪ
service-eu-112-description = ነፃ ነው፤ ቀንና ሌሊት፣ በሁሉም የአውሮፓ ኅብረት አገሮች። አንተ ወይም ሌላ ሰው አሁን አደጋ ላይ ከሆናችሁ ደውል።
