# Strings a child sees. Plain words a ten-year-old understands.
# Draft translation (Turkish), awaiting review by a native speaker.

page-title = Bridgeline – biriyle konuş
page-title-neutral = Notlar
page-loading = Yükleniyor…
page-needs-javascript = Bu sayfanın çalışması için JavaScript gerekiyor. Şu anda tehlikedeysen 112’yi ara.

quick-exit-button = Hızlı çıkış
    .title = Bu sayfadan hemen çık (Esc tuşu)

language-switcher-label = Dil

intro-heading = Seni dinleyen biriyle konuş
intro-body = Bize kendi dilinde yazabilirsin. Adını söylemek zorunda değilsin. Yazdıkların sadece seninle danışman arasında kalır.
intro-quick-exit-hint = Biri gelirse Esc tuşuna ya da “Hızlı çıkış” düğmesine bas. Bu sayfa hemen kapanır.
intro-start-button = Sohbete başla

intake-heading = Başlamadan önce
intake-body = Bu sorular, senin için doğru kişiyi bulmamıza yardım eder. İstersen bu soruları geçebilirsin.
intake-skip-button = Geç ve sohbete başla
intake-continue-button = Sohbete başla
intake-topic-question = Ne hakkında konuşmak istiyorsun? Birden fazla seçebilirsin.
intake-age-question = Kaç yaşındasın?
intake-languages-question = Başka dilleri de okuyabiliyor musun?
intake-country-question = Şu anda hangi ülkedesin?
intake-country-none = Söylemek istemiyorum

topic-family = Aile
topic-friends = Arkadaşlar
topic-bullying = Zorbalık, alay edilmek
topic-violence = Biri bana zarar veriyor
topic-feelings = Duygular ve endişeler
topic-body = Beden ve sağlık
topic-school = Okul ya da iş
topic-love = Aşk ve cinsellik
topic-online = İnternette olan bir şey
topic-migration = Belgeler, sığınma, burada yeni olmak
topic-missing = Biri kayıp ya da ben kaçtım
topic-other = Başka bir şey

age-under-10 = 10 yaşından küçük
age-10-12 = 10 ile 12 arası
age-13-15 = 13 ile 15 arası
age-16-17 = 16 ya da 17
age-18-plus = 18 ya da daha büyük

danger-heading = Şu anda tehlikede misin?
danger-body = 112’yi ara. Ücretsizdir ve sana hemen yardım edebilirler.
danger-call-button = 112’yi ara

queue-heading = Bir danışmanı bekliyorsun
queue-position-announcement = { $position ->
    [1] Sıradaki kişi sensin.
   *[other] Sıradaki yerin: { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] Bekleme süresi: yaklaşık { $minutes } dakika
   *[other] Bekleme süresi: yaklaşık { $minutes } dakika
}
queue-estimate-soon = Bekleme süresi: bir dakikadan az
queue-estimate-unknown = Ne kadar süreceğini henüz bilemiyoruz.
queue-waiting-body = Lütfen burada bekle. Ne hakkında konuşmak istediğini şimdiden yazabilirsin.

no-counsellor-heading = Şu anda burada senin dilini konuşan bir danışman yok.
no-counsellor-next = Biri şu zaman yine burada olacak: { $time }
no-counsellor-stay = Sırada kalabilirsin. Biri gelir gelmez sana cevap vereceğiz.
no-counsellor-other-languages = Şu dilleri konuşan danışmanlar şu anda burada:
no-counsellor-switch-button = Şu dilde sohbet et: { $language }
no-counsellor-phone = Çocuk yardım hattını da ücretsiz arayabilirsin:

chat-counsellor-label = Danışman
chat-you-label = Sen
chat-message-input-label = Mesajın
chat-message-input-placeholder = Buraya yaz…
chat-send-button = Gönder
chat-end-button = Sohbeti bitir
chat-earlier-button = Önceki mesajları göster
chat-status-sending = Gönderiliyor…
chat-status-delivered = İletildi
chat-status-read = Okundu
chat-counsellor-typing = { $name } yazıyor…

notice-counsellor-joined = { $name } seninle konuşmak için burada.
notice-ended-by-child = Sohbeti sen bitirdin.
notice-ended-by-counsellor = Danışman sohbeti bitirdi.
notice-left-queue = Bir süre burada değildin, bu yüzden sıradan çıktın. Yeni bir sohbet başlatabilirsin.
notice-language-changed = Şimdi şu dili konuşan bir danışmanı bekliyorsun: { $language }
notice-counsellor-left = Sana yardım eden kişinin ayrılması gerekti. Yeniden sıradasın ve yeni sohbetlerden önce sıra sana gelecek.
notice-transferred = Danışmanın, sohbetini sana yardım edebilecek başka birine aktarıyor. O kişi yazdıklarını okuyabilir. Lütfen burada kal.

# A card the counsellor sends: a service the child can call or visit.
referral-heading = Sana yardım edebilecek bir yer
referral-call = { $phone } numarasını ara
referral-website = İnternet sitelerini aç
referral-always-open = Gece gündüz açık
referral-hours = Açık olduğu saatler: { $hours }

ended-heading = Sohbet bitti
ended-body = Bize yazdığın için teşekkürler. İstediğin zaman yine gelebilirsin.
ended-new-chat-button = Yeni bir sohbet başlat

rating-question = Bu sohbet sana yardımcı oldu mu?
rating-helped = Evet
rating-somewhat = Biraz
rating-not-helped = Hayır
rating-thanks = Bize söylediğin için teşekkürler.

connection-reconnecting = Bağlantı koptu. Tekrar deniyoruz…
connection-elsewhere = Bu sohbet şimdi başka bir pencerede ya da sekmede açık.

error-too-long = Mesajın çok uzun. Lütfen kısalt.
error-unknown-language = Bu dilde henüz sohbet edemiyoruz. Lütfen başka bir dil seç.
error-generic = Bir sorun oldu. Lütfen tekrar dene.

## Hostile input

error-control-character = Mesajında gönderilemeyen gizli bir karakter var. Lütfen onu sil ve tekrar dene.
## Paused (blocked) page
paused-heading = Sohbet şimdilik duraklatıldı
paused-body = Bize şu zaman yeniden yazabilirsin: { $time }

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = Hızlı çıkış bu sayfayı kapatır, ama tarayıcının geçmişi burada olduğunu yine de gösterebilir. Hiç iz bırakmamak için bu sayfayı gizli bir pencerede aç.
