## 코치에게 묻기: 보호자의 질문에 모델이 짧게 답해요. 질문은 행동 기록(사건)으로 세지 않아요.

# 질문을 받았을 때의 첫 답(대기 순서와 예상 시간)
coach-working = 💬 좋은 질문이에요. 바로 답을 쓰고 있어요. { $wait } 뒤에 보내 드릴게요.
coach-queued = 💬 좋은 질문이에요. 답을 쓸 순서는 { $place }번째예요. { $wait } 뒤에 보내 드릴게요.
coach-held = 💬 질문은 저장했어요. 먼저 기다리는 글이 { $count }개 있어서, 그다음에 답해 드릴게요. { $wait } 뒤에 보내 드릴게요.
coach-delayed = 💾 질문은 저장했어요. 지금은 답을 쓰는 모델에 연결할 수 없어요. 연결되는 대로 답을 보내 드릴게요.
coach-unavailable = 💾 질문은 저장했어요. 코치가 잠시 답할 수 없는 상태예요. 다시 답할 수 있게 되는 대로 답을 보내 드릴게요.
coach-still-working = { $place ->
        [1] ⏳ 지금 답을 쓰고 있어요.
       *[other] ⏳ 아직 답을 기다리고 있어요. 순서는 { $place }번째예요.
    } 답은 { $wait } 뒤에 보내 드릴게요.
coach-saved = 💾 질문은 저장했어요. 답을 쓰는 모델이 설정되어 있지 않아서 지금은 답해 드릴 수 없어요.

# 답
coach-answer-title = 💬 코치의 답
coach-next-step = 👉 오늘 해 볼 것: { $text }
coach-safety = ⚠️ 다치거나 아플 수 있는 이야기예요. 수의사나 공인 반려견 행동 전문가와 꼭 상담해 주세요.
coach-interrupted = ⚠️ 쓰는 도중에 멈췄어요. 아직 답이 아니에요. 질문은 저장돼 있으니, 다시 써서 보내 드릴게요.
coach-failed = 😥 죄송해요. 이번 질문에는 제대로 답하지 못했어요. 질문은 그대로 저장돼 있어요. 다시 답해 볼까요?
coach-retry = 다시 답하기
coach-console-done = ✅ 답을 다 썼어요.

# 카카오톡(나중에 보낼 수 없어서 '결과 보기'로 받아 가시는 경우)
coach-kakao-queued = 💾 좋은 질문이에요. 질문은 저장했고, { $place ->
        [1] 지금 답을 쓰고 있어요.
       *[other] 답을 쓸 순서는 { $place }번째예요.
    } { $wait } 뒤에 '결과 보기'를 눌러 주세요.
coach-kakao-in-progress = ⏳ 아직 답을 쓰고 있어요. 질문은 저장돼 있어요. 조금 뒤에 '결과 보기'를 눌러 주세요.
coach-kakao-delayed = 질문은 저장했어요. 지금은 답을 쓰는 모델에 연결할 수 없어요. 연결되면 답해 둘게요. 조금 뒤에 '결과 보기'를 누르시거나 다음 메시지를 보내 주시면 보여 드릴게요.
coach-kakao-unavailable = 질문은 저장했어요. 코치가 잠시 답할 수 없는 상태예요. 다시 답할 수 있게 되면 답해 둘게요. 조금 뒤에 '결과 보기'를 누르시거나 다음 메시지를 보내 주시면 보여 드릴게요.

# 봇 자체에 대한 질문(모델에게 보내지 않고 봇이 직접 답해요)
coach-about = 🐾 저는 반려견 행동 코치예요. 강아지가 한 일을 알려 주시면 직전 상황·행동·직후 결과로 정리해 다음에 해 볼 것을 알려 드리고, 강아지에 대해 궁금한 점을 물어보시면 짧게 답해 드려요. 강아지 정보는 더 잘 맞는 조언을 드리는 데만 써요. "도움말"이라고 보내시면 할 수 있는 일을 모두 알려 드려요.

## 봇이나 서비스에 대한 질문이라고 보는 낱말(이런 질문은 모델에게 보내지 않아요).
coach-about-words = 봇에 대한 질문
    .aliases = 챗봇, 이봇, 무슨봇, 뭐하는봇, 봇이에요, 봇이야, 봇인가요, 너누구, 너는누구, 넌누구, 누구세요,
        누구야, 뭐하는곳, 이앱, 이서비스, 개인정보, 왜물어, 꼭알려줘야, 꼭알려드려야, 꼭말해야, 사람이에요,
        사람이야, 인공지능이야, 인공지능이에요, 너는뭘할수, 넌뭘할수, 뭘도와줄수, 뭘도와주,
        이거뭐하는거, 뭐하는거에요, 뭐하는거예요, 무료인가요, 무료예요, 무료에요, 무료야, 공짜예요, 공짜인가요,
        공짜야, 유료예요, 유료인가요, 유료야, 돈내야돼요, 돈내야되나요, 돈내야해요, 돈내야하나요,
        누가만들었, 사람인가요, 사람맞아요, 상담사랑, 사람이랑얘기, 사람하고얘기, 사람이랑대화, 누구예요, 누구에요, 봇이예요, 사람이세요, 이름이뭐야, 너ai, ai야, ai에요, ai예요, ai인가요, ai세요, ai맞, 에이아이, 로봇이야, 로봇이에요, 로봇인가요, 로봇이세요, 진짜사람, 실제사람, 챗봇이야, 챗봇이에요, 챗봇인가요

## 질문에 맞는 팁을 고르는 낱말(coach-tip-words-<팁 키>). .aliases 만 읽고, 두 언어를 모두 찾아요.
## 한글 낱말은 띄어쓰기와 상관없이 찾고, 어간까지만 써요(당기 → 당겨요, 당기는).

coach-tip-words-timing = 보상 타이밍
    .aliases = 타이밍, 언제보상, 언제간식, 클리커, 마커, 칭찬은언제
coach-tip-words-catch-calm = 차분함에 보상
    .aliases = 차분, 얌전, 진정, 흥분, 산만, 정신없
coach-tip-words-short-sessions = 짧은 훈련
    .aliases = 훈련시간, 몇분, 얼마나오래, 하루에몇번, 집중을못, 금방지루, 싫증
coach-tip-words-name-game = 이름 게임
    .aliases = 이름을불러도, 이름부르면, 불러도안, 쳐다보지, 눈맞춤, 아이컨택
coach-tip-words-recall-never-punish = 안심 부르기
    .aliases = 불러도안와, 부르면안와, 안와요, 오지않, 도망가, 리콜, 이리와, 돌아오지
coach-tip-words-loose-leash = 느슨한 리드줄
    .aliases = 줄당, 줄을당, 당기, 당겨, 리드줄, 목줄, 하네스, 끌고가, 끌려
coach-tip-words-sniff-walks = 냄새 맡는 시간
    .aliases = 냄새, 노즈워크, 에너지, 지루, 심심, 운동량, 산책량, 산책시간, 산책을얼마, 산책얼마, 산책은얼마, 산책몇분
coach-tip-words-alone-gradually = 혼자 있기 연습
    .aliases = 혼자, 분리불안, 외출, 출근, 집을비우, 나가면, 두고나가, 하울링
coach-tip-words-potty-schedule = 배변 교육
    .aliases = 배변, 오줌, 소변, 대변, 똥, 쉬를, 쉬하, 마킹, 패드, 배변실수
coach-tip-words-chew-redirect = 씹기
    .aliases = 씹, 물어뜯, 뜯어, 가구, 신발, 전선, 이갈이
coach-tip-words-trade-dont-grab = 빼앗지 말고 바꾸기
    .aliases = 뺏, 빼앗, 주워먹, 물고도망, 안놔, 놓지않, 교환
coach-tip-words-bowl-good-news = 밥그릇 예절
    .aliases = 밥그릇, 밥먹을때, 먹을때으르렁, 사료, 간식지키, 지키려, 자원
coach-tip-words-body-language = 스트레스 신호
    .aliases = 스트레스, 신호, 하품, 입술핥, 꼬리를말, 무서워, 겁, 떨어요, 떨고
coach-tip-words-handling-consent = 만지기 연습
    .aliases = 발톱, 미용, 목욕, 양치, 빗질, 만지면, 만지는걸, 병원가기, 귀청소
coach-tip-words-socialize-gently = 부드러운 사회화
    .aliases = 사회화, 낯선사람, 낯가림, 처음보는, 새로운것, 소리에놀라
coach-tip-words-reactive-distance = 거리 두기
    .aliases = 다른개, 다른강아지, 달려들, 입질, 공격, 으르렁, 짖고달려
coach-tip-words-barking-cause = 짖는 이유
    .aliases = 짖, 창밖, 초인종, 택배, 현관, 시끄러
coach-tip-words-puppy-biting = 강아지의 무는 버릇
    .aliases = 퍼피, 새끼, 아기강아지, 손을물, 손가락을물, 무는버릇, 물어요, 깨물
coach-tip-words-enough-sleep = 충분한 잠
    .aliases = 잠을, 잠이, 잠자, 수면, 낮잠, 피곤, 밤에안자, 새벽에
coach-tip-words-cue-once = 신호는 한 번
    .aliases = 말을안들, 말을듣지, 명령, 앉아, 기다려, 엎드려, 무시해, 여러번말
coach-tip-words-new-places = 새로운 곳
    .aliases = 밖에서는, 공원, 카페, 집에서는잘, 밖에만나가면, 새로운곳, 여행
coach-tip-words-go-to-mat = 매트로 가기
    .aliases = 매트, 방석, 하우스, 켄넬, 자리에, 손님, 식탁
coach-tip-words-no-punishment = 체벌하지 않기
    .aliases = 혼내, 혼나, 야단, 때려, 체벌, 소리를질, 벌을
coach-tip-words-vet-first = 진료 먼저
    .aliases = 갑자기, 아파, 병원, 수의사, 예전엔안, 요즘들어
