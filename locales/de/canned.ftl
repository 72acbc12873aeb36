# Fertige Antworten, die das Beratungsteam schicken kann. Das Kind bekommt jede in seiner
# eigenen Sprache; die Person vom Beratungsteam liest sie in ihrer. Ids: canned-<Zweck>-<Name>,
# wobei der Zweck greeting, safety, waiting, referral oder closing ist. { $name } ist der
# angezeigte Name der Person vom Beratungsteam.
# Entwurf (Deutsch), wartet auf Prüfung durch eine Person mit Deutsch als Muttersprache.

canned-greeting-welcome = Hallo, ich bin { $name }. Schön, dass du uns schreibst. Worüber möchtest du reden?
canned-greeting-take-time = Lass dir Zeit. Du kannst so viel oder so wenig schreiben, wie du willst.
canned-greeting-anonymous = Du musst mir deinen Namen nicht sagen. Was du schreibst, bleibt unter uns, außer wenn du in Gefahr bist.

canned-safety-safe-now = Bist du gerade in Sicherheit?
canned-safety-hurt = Hat dir jemand wehgetan, oder bist du verletzt?
canned-safety-where = Bist du an einem Ort, wo du schreiben kannst, ohne dass jemand zusieht?
canned-safety-emergency = Wenn du gerade in Gefahr bist, ruf die 112 an. Das kostet nichts, und sie können schnell Hilfe schicken.
canned-safety-thoughts = Manchmal geht es Menschen so schlecht, dass sie daran denken, sich selbst wehzutun oder zu sterben. Hast du manchmal solche Gedanken?

canned-waiting-moment = Bitte warte einen Moment, ich bin noch da.
canned-waiting-checking = Ich schaue gerade etwas für dich nach. In ein paar Minuten bin ich wieder da.
canned-waiting-still-there = Bist du noch da? Lass dir Zeit, ich warte.

canned-referral-offer = Ich kenne eine Stelle, die dir dabei helfen kann. Darf ich dir schicken, wie du sie erreichst?
canned-referral-card = Ich habe dir geschickt, wie du sie erreichst. Du kannst dort anrufen oder ihre Website öffnen, wann immer du bereit bist.
canned-referral-adult = Gibt es eine erwachsene Person, der du vertraust und die mit dir dorthin gehen könnte?

canned-closing-thanks = Danke, dass du uns das anvertraut hast. Es war mutig, dass du geschrieben hast.
canned-closing-come-back = Du kannst uns jederzeit wieder schreiben. Wir sind für dich da.
canned-closing-goodbye = Ich beende den Chat jetzt. Pass gut auf dich auf.
