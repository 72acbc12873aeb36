# Ready answers a counsellor can send. The child receives each one in the child's own
# language; the counsellor reads it in theirs. Ids: canned-<purpose>-<name>, where the
# purpose is greeting, safety, waiting, referral or closing. { $name } is the
# counsellor's display name.
# Draft translation (Turkish), awaiting review by a native speaker.

canned-greeting-welcome = Merhaba, ben { $name }. Bize yazmana sevindim. Ne hakkında konuşmak istersin?
canned-greeting-take-time = Acele etme. İstediğin kadar çok ya da az yazabilirsin.
canned-greeting-anonymous = Bana adını söylemek zorunda değilsin. Tehlikede olmadığın sürece yazdıkların aramızda kalır.

canned-safety-safe-now = Şu anda güvende misin?
canned-safety-hurt = Biri sana zarar verdi mi, ya da yaralı mısın?
canned-safety-where = Kimse görmeden yazabileceğin bir yerde misin?
canned-safety-emergency = Şu anda tehlikedeysen 112’yi ara. Ücretsizdir ve hızlıca yardım gönderebilirler.
canned-safety-thoughts = Bazen insanlar kendilerini o kadar kötü hisseder ki kendilerine zarar vermeyi ya da ölmeyi düşünür. Senin de bazen böyle düşüncelerin oluyor mu?

canned-waiting-moment = Lütfen biraz bekle, hâlâ buradayım.
canned-waiting-checking = Senin için bir şeye bakıyorum. Birkaç dakika içinde döneceğim.
canned-waiting-still-there = Hâlâ orada mısın? Acele etme, seni bekliyorum.

canned-referral-offer = Bu konuda sana yardım edebilecek bir yer biliyorum. Onların bilgilerini sana göndereyim mi?
canned-referral-card = Onların bilgilerini sana gönderdim. Hazır olduğunda onları arayabilir ya da internet sitelerini açabilirsin.
canned-referral-adult = Oraya seninle gelebilecek, güvendiğin bir yetişkin var mı?

canned-closing-thanks = Bize güvendiğin için teşekkürler. Bize yazmakla çok cesur davrandın.
canned-closing-come-back = İstediğin zaman bize yeniden yazabilirsin. Senin için buradayız.
canned-closing-goodbye = Şimdi sohbeti bitireceğim. Kendine iyi bak.
