## 카카오톡 채널에서만 쓰는 말: 더 보기, 선택지 넘기기, AI 분석을 기다리는 동안의 안내.

kakao-more = 더 보기
    .aliases = 더보기, 더 보기, more
kakao-more-options = 다른 선택지 ▶
    .aliases = 다른 선택지, 선택지 더 보기, 다음 선택지, more options
kakao-page = 다른 선택지예요 ({ $n }/{ $total })
kakao-expired = 이전 내용은 더 이상 볼 수 없어요. "시작"이라고 보내시면 하던 곳부터 이어서 하실 수 있어요.
kakao-in-progress = ⏳ 아직 분석하고 있어요. 말씀하신 내용은 저장돼 있어요. 조금 뒤에 '결과 보기'라고 보내 주세요.
kakao-delayed = 말씀하신 내용은 저장했어요. 지금은 분석 모델에 연결할 수 없어요. 연결되면 분석해 둘게요. 조금 뒤에 '결과 보기'라고 보내시거나 다음 메시지를 보내 주시면 결과를 보여 드릴게요.
kakao-queued = 💾 알겠어요. 말씀하신 내용은 저장했고, { $place ->
        [1] 지금 분석하고 있어요.
       *[other] 분석 순서는 { $place }번째예요.
    } 결과는 { $wait } 뒤에 나와요. 그때 '결과 보기'라고 보내시거나 다음 메시지를 보내 주시면 결과를 보여 드릴게요.
kakao-added = 💾 덧붙여 주신 내용을 기록에 더했어요. 함께 넣어서 다시 분석할게요. 결과는 { $wait } 뒤에 나와요. 그때 '결과 보기'라고 보내시거나 다음 메시지를 보내 주시면 결과를 보여 드릴게요.
kakao-added-analysed = 💾 덧붙여 주신 내용을 기록에 더해서 함께 다시 분석했어요.
kakao-amount-added = 💾 먹은 양을 { $kind ->
        [foreign_body] 삼킨 물건 기록
       *[toxin] 중독 기록
    }에 적어 두었어요. 수의사에게도 꼭 알려 주세요. 다시 분석한 결과는 { $wait } 뒤에 나와요. 그때 '결과 보기'라고 보내시거나 다음 메시지를 보내 주시면 결과를 보여 드릴게요.
kakao-amount-analysed = 💾 먹은 양을 { $kind ->
        [foreign_body] 삼킨 물건 기록
       *[toxin] 중독 기록
    }에 적어 두고 다시 분석했어요. 수의사에게도 꼭 알려 주세요.
kakao-unavailable = 말씀하신 내용은 저장했어요. 코치가 잠시 분석할 수 없는 상태예요. 다시 분석할 수 있게 되면 분석해 둘게요. 조금 뒤에 '결과 보기'라고 보내시거나 다음 메시지를 보내 주시면 결과를 보여 드릴게요.
# 모델을 기다리는 기록의 결과를 물었을 때 (62차 보호자 체험): 새로 저장한 것이 없어요.
kakao-still-delayed = ⏳ 아직 분석하지 못했어요. 지금은 분석 모델에 연결할 수 없어서 기다리고 있어요. 기록은 그대로 있어요. 조금 뒤에 '결과 보기'라고 보내시거나 다음 메시지를 보내 주시면 결과를 보여 드릴게요.
kakao-still-unavailable = ⏳ 아직 분석하지 못했어요. 코치가 잠시 분석할 수 없는 상태라 기다리고 있어요. 기록은 그대로 있어요. 조금 뒤에 '결과 보기'라고 보내시거나 다음 메시지를 보내 주시면 결과를 보여 드릴게요.
kakao-slow = 답을 준비하는 데 시간이 걸리고 있어요. 조금 뒤에 '이어 보기'라고 보내시거나 다음 메시지를 보내 주시면 함께 보여 드릴게요.
kakao-continue = 이어 보기
    .aliases = 이어 보기, 이어보기, continue
kakao-nothing-held = 아직 준비 중이에요. 잠시 후 다시 보내 주세요.
## stop 60: a turn slower than KAKAO_CALLBACK_AFTER_SECONDS (a /week chart under load) answers through the callback; Kakao shows this while it waits
kakao-making = 만들고 있어요. 잠시만 기다려 주세요…
## stop 60: the same message again while the first is still being made: one card, not two
kakao-repeat-coming = 방금 보내신 요청을 만들고 있어요. 다 되면 한 번만 보여 드릴게요.
kakao-repeat-shown = 방금 보여 드렸어요. 위를 봐 주세요 ☝️
kakao-too-long = 메시지가 너무 길어요. { $count }자 이내로 나눠서 보내 주세요.
kakao-file-link = 아래 주소에서 파일을 받을 수 있어요. 10분 동안만 열려요.
    { $value }
## 파일(내보내기, 요약 PDF)을 보낼 수 없을 때 (PUBLIC_BASE_URL 없음): 보호자에게 하는 말이에요. 운영자에게는 로그로 알려요.
kakao-file-unavailable = 지금 이 카카오톡 채널에서는 파일을 보내 드릴 수 없어요. 대신 "기록"이라고 보내시면 지난 기록을 여기서 바로 보실 수 있어요.
kakao-error = 죄송해요, 답을 만드는 중에 문제가 생겼어요. 잠시 후 다시 보내 주세요.
kakao-menu-help = 도움말
kakao-menu-history = 기록
kakao-menu-week = 이번 주
kakao-menu-profile = 프로필
## 설문을 멈춘 뒤: 설문을 이어서 하는 말 (understanding-command-start 의 낱말이어야 해요).
kakao-menu-resume = 설문 이어서
kakao-picks = 지금까지 고르신 것: { $picks }. 더 고르시거나 "완료"라고 보내 주세요.
kakao-picks-none = 아직 고르신 것이 없어요. 해당하는 것을 모두 고른 뒤 "완료"라고 보내 주세요.
kakao-result-not-yet = ⏳ 아직 분석하고 있어요. 약 { $seconds }초 남았어요. 조금 뒤에 '결과 보기'라고 다시 보내 주세요.
kakao-result-not-yet-minutes = ⏳ 아직 분석하고 있어요. 약 { $minutes }분 남았어요. 조금 뒤에 '결과 보기'라고 다시 보내 주세요.
# 여러 개를 고르는 질문에 보기를 입력해서 골랐을 때 (탭 대신): 끝내는 법을 말로 알려요.
kakao-picks-typed = 지금까지 고르신 것: { $picks }. 더 보내 주시거나 "완료"라고 보내 주세요.
