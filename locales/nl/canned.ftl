# Kant-en-klare antwoorden die een hulpverlener kan sturen. Het kind krijgt elk antwoord in
# de eigen taal; de hulpverlener leest het in de zijne of hare. Ids: canned-<doel>-<naam>,
# waarbij het doel greeting, safety, waiting, referral of closing is. { $name } is de
# getoonde naam van de hulpverlener.
# Conceptvertaling (Nederlands), wacht op controle door iemand met Nederlands als moedertaal.

canned-greeting-welcome = Hoi, ik ben { $name }. Fijn dat je ons schrijft. Waar wil je over praten?
canned-greeting-take-time = Neem je tijd. Je kunt zo veel of zo weinig schrijven als je wilt.
canned-greeting-anonymous = Je hoeft me je naam niet te zeggen. Wat je schrijft, blijft tussen ons, behalve als je in gevaar bent.

canned-safety-safe-now = Ben je nu veilig?
canned-safety-hurt = Heeft iemand je pijn gedaan, of ben je gewond?
canned-safety-where = Ben je op een plek waar je kunt schrijven zonder dat iemand meekijkt?
canned-safety-emergency = Ben je nu in gevaar? Bel dan 112. Het is gratis, en ze kunnen snel hulp sturen.
canned-safety-thoughts = Soms voelen mensen zich zo slecht dat ze erover denken zichzelf pijn te doen of dood te gaan. Heb jij soms zulke gedachten?

canned-waiting-moment = Wacht even alsjeblieft, ik ben er nog.
canned-waiting-checking = Ik zoek iets voor je uit. Over een paar minuten ben ik terug.
canned-waiting-still-there = Ben je er nog? Neem je tijd, ik wacht op je.

canned-referral-offer = Ik ken een plek die je hierbij kan helpen. Zal ik je hun gegevens sturen?
canned-referral-card = Ik heb je hun gegevens gestuurd. Je kunt ze bellen of hun website openen wanneer je er klaar voor bent.
canned-referral-adult = Is er een volwassene die je vertrouwt en die met je mee kan gaan?

canned-closing-thanks = Bedankt dat je ons dit toevertrouwt. Het was dapper dat je ons schreef.
canned-closing-come-back = Je kunt ons altijd weer schrijven. We zijn er voor je.
canned-closing-goodbye = Ik ga de chat nu stoppen. Pas goed op jezelf.
