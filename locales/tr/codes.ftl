## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = Daha sonra geri gelmek mi istiyorsun? Bir dönüş koduyla bu sohbeti yeniden okuyabilirsin.
codes-take-button = Dönüş kodu al
codes-your-code = Dönüş kodun
codes-write-down = Bir yere yaz ya da aklında tut. Onu hiçbir yerde saklamıyoruz ve sana bir daha gösteremeyiz.
codes-secret = Gizli tut: ona sahip olan herkes sohbetlerini okuyabilir.
codes-what-for = Onunla geri gelebilirsin: buradaysa aynı danışmana, sohbetlerini yeniden okumak ya da her şeyi silmek için.
codes-done-button = Aldım. Kodu gizle

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = Bunun yerine mesaj bırakabilirsin
codes-leave-body = Bize söylemek istediğini aşağıya yaz ve gönder. Sonra “Mesajımı bırak” düğmesine bas. Biri sana daha sonra cevap verecek.
codes-leave-button = Mesajımı bırak
codes-left-heading = Mesajın bırakıldı
codes-left-body = Bir danışman onu okuyup cevap verecek.
codes-left-come-back = Cevabı okumak için dönüş kodunla geri gel.
codes-left-add = Aşağıya hâlâ bir şeyler ekleyebilirsin.

# Coming back with a code, on the first screen.
codes-have-code-button = Dönüş kodum var
codes-back-heading = Tekrar hoş geldin
codes-back-body = Aldığın dönüş kodunu yaz. 12 rakamdan oluşur.
codes-code-label = Dönüş kodu
codes-open-button = Sohbetlerimi aç
codes-back-button = Geri
codes-case-heading = Önceki sohbetlerin
codes-case-body = Yeniden okumak için bir sohbete dokun.
codes-case-empty = Gösterilecek sohbet yok.
codes-chat-with = danışman: { $name }
codes-chat-unanswered = henüz cevaplanmadı
codes-chat-left-message = bıraktığın bir mesaj
codes-chat-not-kept = artık saklanmıyor
codes-chat-now-button = Şimdi sohbet et
codes-read-heading = Önceki bir sohbet
codes-back-to-list-button = Sohbetlerime dön
codes-erase-button = Her şeyi sil
codes-erase-heading = Her şey silinsin mi?
codes-erase-body = Bizimle olan tüm sohbetlerin silinecek ve dönüş kodun artık çalışmayacak. Kimse onları geri getiremez.
codes-erase-yes-button = Evet, her şeyi sil
codes-erase-no-button = Hayır, sohbetlerimi tut
codes-erased-heading = Her şey silindi
codes-erased-body = Sohbetlerin silindi ve dönüş kodun artık çalışmıyor.
codes-erased-button = Başa dön

codes-error-wrong = Bu kod çalışmıyor. Lütfen rakamları kontrol et ve yeniden dene.
codes-error-too-many = Çok fazla yanlış kod. Şu zamanda yeniden deneyebilirsin: { $time }
codes-error-chat-live = Bir sohbet hâlâ sürüyor. Önce onu bitir, sonra her şeyi silebilirsin.
