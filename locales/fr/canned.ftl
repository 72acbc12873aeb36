# Réponses toutes prêtes que la personne qui aide peut envoyer. L’enfant reçoit chacune
# dans sa propre langue ; la personne qui aide la lit dans la sienne. Ids : canned-<but>-<nom>,
# où le but est greeting, safety, waiting, referral ou closing. { $name } est le nom
# affiché de la personne qui aide.
# Brouillon de traduction (français), en attente de relecture par une personne de langue maternelle française.
# Les phrases évitent les accords au féminin ou au masculin (pour l’enfant comme pour la personne qui aide).

canned-greeting-welcome = Bonjour, je m’appelle { $name }. C’est bien que tu nous écrives. De quoi aimerais-tu parler ?
canned-greeting-take-time = Prends ton temps. Tu peux écrire beaucoup ou peu, comme tu veux.
canned-greeting-anonymous = Tu n’as pas besoin de me dire ton nom. Ce que tu écris reste entre nous, sauf si tu es en danger.

canned-safety-safe-now = Est-ce que tu es en sécurité en ce moment ?
canned-safety-hurt = Est-ce que quelqu’un t’a fait du mal, ou est-ce que tu as une blessure ?
canned-safety-where = Est-ce que tu es dans un endroit où tu peux écrire sans que personne ne voie ce que tu écris ?
canned-safety-emergency = Si tu es en danger maintenant, appelle le 112. C’est gratuit, et ils peuvent envoyer de l’aide vite.
canned-safety-thoughts = Parfois, on se sent tellement mal qu’on pense à se faire du mal ou à mourir. Est-ce que tu as parfois des pensées comme ça ?

canned-waiting-moment = Attends un petit moment, s’il te plaît. Je suis toujours là.
canned-waiting-checking = Je vérifie quelque chose pour toi. Je reviens dans quelques minutes.
canned-waiting-still-there = Tu es toujours là ? Prends ton temps, je t’attends.

canned-referral-offer = Je connais un endroit qui peut t’aider pour ça. Est-ce que je peux t’envoyer comment les contacter ?
canned-referral-card = Je t’ai envoyé comment les contacter. Tu peux les appeler ou ouvrir leur site Internet quand tu veux.
canned-referral-adult = Est-ce qu’il y a un adulte en qui tu as confiance et qui pourrait y aller avec toi ?

canned-closing-thanks = Merci de nous avoir fait confiance. C’était courageux de nous écrire.
canned-closing-come-back = Tu peux nous écrire de nouveau quand tu veux. Nous sommes là pour toi.
canned-closing-goodbye = Je vais terminer la discussion maintenant. Prends bien soin de toi.
