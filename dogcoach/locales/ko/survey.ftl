## 온보딩 설문. $name 은 강아지 이름 (알게 된 뒤부터).

survey-progress = 질문 { $n } / { $total }

survey-q-name = 강아지 이름이 뭐예요?
# 처음 메시지 등에서 이미 들은 이름을 이름 질문이 먼저 여쭐 때와 그 두 버튼(적은 "네", "아니요"도 같아요).
survey-q-name-hint = 강아지 이름이 { $name } 맞죠? 맞으면 '네'라고 해 주시고, 아니면 이름을 알려 주세요.
survey-name-hint-yes = ✅ 네, 맞아요
    .aliases = 네, 넵, 넹, 예, 응, 웅, ㅇㅇ, 맞아요, 맞아, 맞습니다, 맞죠, 네 맞아요, 응 맞아, 그래요, 네 그래요, 맞아요 그 이름이에요
survey-name-hint-other = ✏️ 다른 이름이에요
    .aliases = 아니요, 아니오, 아뇨, 아니, 아냐, 아니에요, 틀려요, 틀렸어요, 다른 이름, 다른 이름이에요, 그 이름 아니에요
survey-err-name = 이름이 30자보다 길어요. 30자 이내로 알려 주세요. 예: 초코
survey-err-name-letters = 이름에는 글자가 있어야 해요. 강아지를 부르는 이름을 알려 주세요. 예: 초코
survey-name-two = 두 마리와 함께 지내시는군요! { $name }부터 알려 주세요. { $name } 설문을 마치면 { $other }도 등록할지 여쭤볼게요.
survey-name-count = 여러 마리와 함께 지내시는군요! 한 마리씩 여쭤볼게요. 먼저 한 마리의 이름을 알려 주세요. 이 설문을 마치면 다른 강아지도 등록할지 여쭤볼게요.
survey-name-count-named = 여러 마리와 함께 지내시는군요! 한 마리씩 여쭤볼게요. 먼저 다른 한 마리의 이름을 알려 주세요. 이 설문을 마치면 { $name }도 등록할지 여쭤볼게요.
# 선택 질문의 답에 보호자의 다른 강아지 이름이 나올 때 ("콩떡이랑 싸우는거요"; 오너 체험 21): 그 이름을 이 말로 읽어요.
survey-other-dog-words = 다른 강아지
# 다른 강아지와 같다고 답했을 때 ("보리랑 같아요"; 오너 체험 21): 그 답을 옮기고 다음 질문으로 가요.
survey-same-as = { JOSA($name, "과", "와") } 같게 했어요: { $value }
# 이름을 먼저 말하고 여러 마리라고 할 때 ("보리! 근데 강아지 두마리에요"; 오너 체험 21): 그 이름을 이 강아지의 이름으로 둬요.
survey-name-count-first = 여러 마리와 함께 지내시는군요! { $name }부터 여쭤볼게요. { $name } 설문을 마치면 다른 강아지도 등록할지 여쭤볼게요.
# 이름 질문에서 두 이름이 접속어로만 이어졌을 때("Salt and Pepper"): 한 마리 이름인지 두 마리인지 여쭤봐요(오너 트라이얼 10). 두 버튼과 적은 말.
survey-q-name-pair = '{ $name }' — 한 마리 이름인가요, 두 마리인가요?
survey-name-pair-one = 🐶 한 마리 이름이에요
    .short = 한 마리
    .aliases = 한 마리, 한마리, 한 마리요, 한마리요, 한 마리예요, 한마리예요, 하나, 하나요, 한 마리 이름이에요, 한 마리 이름, 이름이에요
survey-name-pair-two = 🐶🐶 두 마리예요
    .short = 두 마리
    .aliases = 두 마리, 두마리, 두 마리요, 두마리요, 두 마리예요, 두마리예요, 둘, 둘이요, 둘이에요, 두 마리에요, 두마리에요
survey-renamed-review = 이름을 { JOSA($name, "이라고", "라고") } 고쳐 둘게요. 다시 한번 확인해 주세요.
# 이름을 고친 뒤 한 줄 (오너 체험 13: "모카의 이름: 모카"처럼 새 이름만 두 번): 전 이름 → 새 이름.
survey-renamed-from = 이름을 고쳤어요: { $old } → { $new }
# 첫 질문(이름)에서 "이전", "뒤로가기" (오너 체험 13: 강아지 이름이 "뒤로가기"가 됐어요): 이전 질문이 없다고 말하고 같은 질문을 다시 해요.
survey-back-first = 첫 질문이라 이전 질문은 없어요.
# 설문 중에 강아지 이름을 물었을 때 ("이름이 뭐였더라 ㅋㅋ"; 오너 체험 13: 이름이 "뭐였더라"로 바뀌었어요): 적어 둔 이름을 말하고 질문을 다시 해요.
survey-name-recalled = 적어 둔 강아지 이름: { $name }
# 열린 질문 없이 이미 있는 강아지 이름을 말했을 때("콩이야 이름"; 오너 체험 12: "무슨 말인지 모르겠어요"): 이미 그 이름으로 적혀 있다고 말해요. $name은 강아지 이름이에요.
survey-name-same = { $name } — 이미 그 이름으로 적혀 있어요.
survey-err-name-unknown = 이름으로 알아듣지 못했어요. 아직 이름이 없으면 평소에 부르시는 애칭을 알려 주셔도 괜찮아요. 예: 초코
survey-name-generic = "{ $typed }"는 강아지를 두루 부르는 말이라 이름으로 쓰지 않았어요. 강아지를 뭐라고 부르세요? 예: 콩이
survey-name-other-answer = 이름이 아니라 '{ $field }'에 대한 답으로 들었어요. 그 질문은 조금 뒤에 여쭤볼게요.
survey-name-breed = { JOSA($typed, "은", "는") } 견종 같아서 견종으로 적어 뒀어요. 이름이 맞다면 한 번 더 보내 주세요.
survey-name-command-typo = { JOSA($typed, "은", "는") } 명령어를 잘못 입력하신 것 같아서 이름으로 적지 않았어요. 이름이 맞다면 한 번 더 보내 주세요.
survey-name-not-yet = 아직 이름이 없군요, 괜찮아요! 지금 부르는 애칭을 알려 주세요. 예: 아가, 뽀삐. 마지막에 답을 확인할 때 바꿀 수 있어요.
survey-field-name = 이름

survey-q-age_months = { JOSA($name, "은", "는") } 몇 살이에요?
survey-err-age_months = 나이를 알아듣지 못했어요. "3", "3살", "18개월", "1살 6개월"처럼 알려 주세요.
survey-field-age_months = 나이

survey-q-sex = { JOSA($name, "은", "는") } 남아인가요, 여아인가요? 중성화 수술은 받았나요?
survey-err-sex = 보기 중 하나를 골라 주세요. 잘 모르시면 "모르겠어요"를 골라 주세요.
survey-field-sex = 성별
survey-opt-sex-male_intact = 남아 (중성화 안 함)
    .aliases = 중성화 안 한 남아, 중성화 안한 남아, 중성화 안 한 수컷
survey-opt-sex-male_neutered = 남아 (중성화 함)
    .aliases = 중성화 남아, 중성화한 남아, 중성화 수컷
survey-opt-sex-female_intact = 여아 (중성화 안 함)
    .aliases = 중성화 안 한 여아, 중성화 안한 여아, 중성화 안 한 암컷
survey-opt-sex-female_spayed = 여아 (중성화 함)
    .aliases = 중성화 여아, 중성화한 여아, 중성화 암컷

survey-q-breed = { JOSA($name, "은", "는") } 어떤 견종인가요? 견종 이름을 적어 주시고, 믹스견이거나 잘 모르시면 "믹스 / 모름"을 골라 주세요.
survey-err-breed = 견종은 60자 이내로 적어 주시거나 "믹스 / 모름"을 골라 주세요.
survey-unclear-breed = "{ $typed }"에서 견종을 찾지 못했어요. 견종 이름만 적어 주시거나 (예: "말티즈", "푸들 믹스") "믹스 / 모름"을 골라 주세요.
survey-field-breed = 견종
survey-opt-health-none = 특별한 것 없음
survey-opt-breed-mixed = 믹스 / 모름
    .aliases = 믹스, 믹스견, 모름, 몰라요, 잘 모르겠어요, 잡종

survey-q-size = { JOSA($name, "은", "는") } 크기가 어느 정도인가요?
survey-err-size = 소형, 중형, 대형 중에서 골라 주세요.
survey-field-size = 크기
# "큰편이에요", "작은편이에요" (오너 체험 14: 알아듣지 못했어요): 그 크기예요.
survey-opt-size-small = 소형 (10kg 미만)
    .aliases = 소형, 소형견, 작아요, 작아, 작음, 조그매요, 쪼끄매요, 쪼꼬매요, 아담해요, 작은 애, 작습니다, 작은 편, 작은편, 작은 편이에요, 작은편이에요, 작은 편이요
survey-opt-size-medium = 중형 (10~25kg)
    .aliases = 중형, 중형견, 중간, 중간 크기, 중간이요, 중간 정도, 보통 크기, 보통이에요, 보통 정도, 중간쯤, 중간입니다, 보통입니다, 중간 편, 중간편, 중간 편이에요, 중간편이에요, 보통 편, 보통편
survey-opt-size-large = 대형 (25kg 초과)
    .aliases = 대형, 대형견, 커요, 커, 큼, 커다래요, 큰 애, 큽니다, 큰 편, 큰편, 큰 편이에요, 큰편이에요, 큰 편이요, 꽤 커요

survey-q-origin = { JOSA($name, "은", "는") } 어디에서 데려오셨나요?
survey-err-origin = 보기 중 하나를 고르시거나 짧게 적어 주세요. 예: "브리더", "보호소", "지인한테 받았어요". 길에서 구조한 아이라면 "보호소 / 구조", 맞는 보기가 없으면 "기타"를 골라 주세요.
survey-field-origin = 데려온 곳
survey-opt-origin-breeder = 브리더
    .aliases = 브리더, 켄넬, 가정분양, 가정 분양, 가정분양 받았어요, 가정견 분양, 가정견
survey-opt-origin-pet_shop = 펫숍
    .aliases = 펫숍, 펫샵, 애견샵, 분양샵
survey-opt-origin-shelter = 보호소 / 구조
    .aliases = 보호소, 유기견, 입양, 구조, 구조했, 구조해, 구조한, 임시보호, 임보, 입양했, 길에서, 길거리에서, 길에서 주웠, 주웠, 주워, 주운, 주워왔, 길강아지, 길아기, 떠돌이, 떠돌던, 버려진, 버려져, 버려졌, 유기, 유기된, 유기됐
survey-opt-origin-friend_family = 지인 / 가족
    .aliases = 지인, 가족, 친구, 지인네, 친구네, 언니, 언니네, 오빠, 오빠네, 누나, 누나네, 형네, 동생, 동생네, 엄마, 엄마네, 부모님, 부모님 댁, 친척, 이모, 이모네, 고모, 고모네, 삼촌, 삼촌네, 사촌, 이웃, 이웃집, 동료, 친정, 시댁, 아는 분, 아는분, 아는 사람, 아는사람, 아는 언니, 아는 언니네, 아는 동생, 아는 형, 아는 오빠, 아는 집, 아는집, 지인분, 회사 동료, 직장 동료, 교회 분, 교회분
# 맨 "분양" ("분양받았어요", 오너 체험 14): 파는 사람에게서 데려왔다는 말일 뿐, 브리더·펫숍·개인 중 어디인지는 말하지 않아요.
# 펫숍이라고 짐작하면 어린 시절을 짐작하는 답(survey-why-origin)을 지어내게 되니 아무것도 주장하지 않는 "기타"로 적어요.
# 어디인지 함께 말하면 그 보기예요: "분양샵" 펫숍, "브리더한테 분양" 브리더, "지인한테 분양" 지인 / 가족.
# "가정분양"은 집에서 그 집 개가 낳은 새끼를 파는 것(보통 모르는 사람, 광고로)이라 브리더에 있어요: 어미 곁에서 집에서 자랐다는 뜻이에요.
survey-opt-origin-other = 기타
    .aliases = 기타, 당근, 당근마켓, 중고나라, 인터넷, 온라인, 카페에서, 분양 글, 분양글, 개인 분양, 개인분양, 분양, 분양받았어요, 분양 받았어요, 분양받음, 분양 받음, 분양받았어, 분양했어요, 분양받았습니다

survey-q-owned_months = { JOSA($name, "과", "와") } 함께 지내신 지 얼마나 되었나요?
survey-err-owned_months = 함께 지내신 기간을 알아듣지 못했어요. "2년", "6개월", "1년 6개월"처럼 알려 주세요.
survey-err-owned_months-too-long = 알려 주신 기간이 강아지의 나이({ value-age })보다 길어요. 다시 확인해서 알려 주세요.
survey-err-owned_months-since-puppy = 아기 때부터 함께하셨군요! { $name }의 나이를 몰라서 기간을 셀 수 없어요. "2년", "6개월"처럼 알려 주세요.
survey-field-owned_months = 함께한 기간

survey-q-household = 보호자님을 포함해서 집에 함께 사는 사람은 몇 명인가요?
survey-err-household = 1에서 20 사이 숫자로 알려 주세요. 예: 3
survey-unclear-household-owner = 말씀하신 분들이 { $value }인데, 보호자님도 포함한 숫자인지 모르겠어요. 보호자님을 포함해서 모두 몇 명인지 숫자로 알려 주세요. 예: 4
survey-unclear-household-named = { $value }이라고 하셨는데, 말씀하신 분들은 { $understood }이에요. 보호자님을 포함해서 모두 몇 명인지 숫자로 알려 주세요. 예: 4
survey-field-household = 가족 수

survey-q-children = 12살 미만 아이가 함께 사나요?
survey-err-children = 네 또는 아니요로 답해 주세요.
survey-field-children = 12세 미만 아이
# The children named are a yes inside a sentence too ("네 초등학생 둘이요", fourth trial: "네 또는
# 아니요로 답해 주세요"); their absence said with them is a no (the longer phrase hides the child).
survey-opt-children-yes = 네
    .aliases = 네, 예, 응, 있어요, 있음, 넹, 넵, 녜, 웅, ㅇㅇ, 있어, 있습니다, 있어용, 네 있어요, 예 있어요, 아이, 아이들, 애들, 애가, 애기, 애기들, 아기, 아기들, 어린이, 초등학생, 초등학생들, 초등생, 초딩, 유치원생, 유치원, 어린이집, 꼬맹이, 꼬맹이들, 자녀
survey-opt-children-no = 아니요
    .aliases = 아니요, 아니오, 아뇨, 없어요, 없음, 아니, 아니용, 아녀, ㄴㄴ, 없어, 없습니다, 없어용, 아니요 없어요, 아뇨 없어요, 아이는 없어요, 아이가 없어요, 아이 없어요, 아이는 없음, 아이 없음, 애는 없어요, 애가 없어요, 애들은 없어요, 애 없어요, 아이들은 없어요, 자녀는 없어요, 자녀 없어요, 아기는 없어요, 아기 없어요, 다 컸어요, 다 컸어, 애기 없어요, 애기 없어, 애기는 없어요, 애기는 없어, 애기 없음, 애기 없습니다, 애들 없어요, 애들 없어, 애들은 없어, 애들 없음, 애들 없습니다, 아이 없어, 아이는 없어, 아이 없습니다, 아이는 없습니다, 애 없어, 애는 없어, 아기 없어, 아기는 없어, 자녀 없어, 자녀는 없어, 자녀 없습니다, 애기 안 키워요, 아이 안 키워요, 아기 없음, 아기 없습니다, 아기는 없음, 애 없음, 자녀 없음, 아이들 없어요, 아이들은 없어요, 아이들 없음

survey-q-other_pets = { JOSA($name, "과", "와") } 함께 사는 다른 반려동물이 있나요? 있으면 모두 고른 뒤 "완료"를, 없으면 "없음"을 골라 주세요.
survey-err-other_pets = 개, 고양이, 기타 중에서 고르시거나, 다른 반려동물이 없으면 "없음"을 골라 주세요.
survey-field-other_pets = 다른 반려동물
survey-opt-other_pets-dog = 개
    .aliases = 개, 강아지, 다른 강아지, 다른 개, 강아지 한 마리 더, 한 마리 더, 개 한 마리, 개 두 마리, 개 세 마리, 개도, 개랑, 개 있어요, 개도 있어요, 개 키워요, 개도 키워요, 개 한마리
survey-opt-other_pets-cat = 고양이
    .aliases = 고양이, 냥이
survey-opt-other_pets-other = 기타
    .aliases = 기타
survey-opt-other_pets-none = 없음
    .aliases = 없음, 없어요, 아니요, 얘 혼자, 얘 혼자예요, 얘 혼자에요, 얘 하나, 얘 하나예요, 얘 하나에요, 얘 한 마리, 얘뿐, 얘뿐이에요, 얘만, 얘만 있어요, 혼자예요, 혼자에요, 외동, 외동이에요, 다른 동물 없어요, 다른 동물은 없어요, 다른 동물 없음, 다른 반려동물 없어요, 다른 반려동물은 없어요, 다른 애는 없어요, 다른 애들은 없어요

survey-q-alone_hours = 평일에 { JOSA($name, "이", "가") } 혼자 있는 시간은 하루 몇 시간쯤인가요?
survey-err-alone_hours = 0시간에서 24시간 사이로 알려 주세요. 예: "4시간", "4시간 반"
survey-field-alone_hours = 평일 혼자 있는 시간

survey-q-exercise_minutes = { JOSA($name, "은", "는") } 하루에 산책이나 운동을 얼마나 하나요?
survey-err-exercise_minutes = 하루에 얼마나 하는지 알려 주세요. 예: "45분", "1시간 30분"
survey-field-exercise_minutes = 하루 운동

survey-q-concerns = { JOSA($name, "과", "와") } 함께 고치고 싶은 행동이 있나요? 있으면 모두 고른 뒤 "완료"를, 없으면 "지금은 없음"을 골라 주세요.
survey-err-concerns = 고치고 싶은 행동을 하나 이상 고르시거나 "지금은 없음"을 골라 주세요.
survey-field-concerns = 고민 행동
survey-opt-concerns-none = 지금은 없음
    .aliases = 없음, 없어요, 그런 적 없어요, 전혀 없어요, 딱히 없어요, 없었어요

survey-q-worst_reaction = 지금까지 { JOSA($name, "이", "가") } 사람이나 다른 개에게 보인 가장 강한 반응은 무엇이었나요?
survey-err-worst_reaction = 보기 중 하나를 골라 주세요.
survey-field-worst_reaction = 가장 강한 반응
survey-opt-worst_reaction-none = 없음
    .aliases = 없음, 없어요, 그런 적 없어요, 전혀 없어요, 딱히 없어요, 없었어요, 별거 없어요, 별거없어요, 별 거 없어요, 심한 건 없어요, 심한건 없어요, 심한 거 없어요, 심한거 없어요, 큰 건 없어요, 별일 없어요, 없습니다, 그런 적 없습니다, 전혀 없습니다
survey-opt-worst_reaction-growl = 으르렁 / 이빨 보임
    .aliases = 으르렁, 으르렁거림, 이빨, 이를 드러, 잇몸, 달려들, 달려든, 달려드는, 달려들어요, 달려들긴, 달려들었
survey-opt-worst_reaction-snap = 물려는 시늉 (접촉 없음)
    .aliases = 물려는 시늉, 입질, 물려고, 물 뻔했, 물 뻔 했, 물 뻔한, 물릴 뻔했, 물릴 뻔 했, 물 뻔했어요, 물릴 뻔했어요, 물려고 했
survey-opt-worst_reaction-bite = 물었음 (상처 없음)
    .aliases = 물었음, 물었어요
survey-opt-worst_reaction-bite_injury = 물었음 (상처 있음)
    .aliases = 상처, 다쳤어요

survey-q-health = { $name }의 건강, 먹고 있는 약, 지금까지 받은 훈련에 대해 알려 주실 것이 있나요? 없으면 "건너뛰기"를 골라 주세요.
survey-err-health = 500자 이내로 알려 주시거나 "건너뛰기"를 골라 주세요.
survey-unclear-health = "{ $typed }"에서 건강이나 훈련에 대한 내용을 찾지 못했어요. 짧게 적어 주시거나 (예: "닭고기 알레르기가 있어요", "퍼피 클래스 다녔어요") "건너뛰기"를 골라 주세요.
survey-field-health = 건강과 훈련

survey-review = 이대로 맞나요?
survey-review-again = { $name } 프로필이 확인을 기다리고 있어요. 이대로 맞나요?
survey-confirm = ✅ 맞아요
    .aliases = 맞아요, 네, 확인, 좋아요, 맞아, 맞음, 맞습니다, 맞네요, 맞아여, 맞아용, 다 맞아요, 네네, 넹, 넵, 녜, 예, 응, 웅, 어, ㅇㅇ, ㅇㅋ, ㅇㅇㅇ, 오케이, 오키, 좋아, 좋습니다, 좋네요, 확인했어요, 그래요, 그대로, 그대로요, 이대로, 이대로요, 이대로 좋아요, 완벽해요, 정확해요
    .emoji = 👍, 👌, ✅, ✔, ☑, 🆗, 🙆, 💯, 🙆‍♀️, 🙆‍♂️
survey-edit = ✏️ 답 고치기
    .aliases = 수정, 고치기, 고칠래요, 아니요, 아뇨, 아니, 아니오, ㄴㄴ, 틀려요, 틀렸어요, 틀린 게 있어요, 고칠게요, 고쳐 주세요, 수정할래요, 수정할게요
survey-edit-which = 어떤 답을 고치시겠어요?
survey-edit-continue = 설문이 아직 끝나지 않았어요. 멈췄던 곳부터 이어서 할게요.
survey-finished = 준비 끝! { JOSA($name, "을", "를") } 기억해 둘게요. 무슨 일이 있으면 편하게 말로 알려 주세요. 예: "{ JOSA($name, "이", "가") } 손님이 올 때마다 현관에서 짖어요. 그러면 간식을 줘서 조용히 시켜요." 상황을 정리하고 다음에 해 볼 것을 알려 드릴게요.
survey-updated = 저장했어요. { $name }의 프로필을 고쳤어요.
survey-use-buttons = 보기 중 하나를 골라 주세요. 보기의 글자를 그대로 보내 주셔도 돼요.
survey-stale-button = 이전 질문의 보기예요. 지금 질문에 답해 주세요.
survey-err-multi-empty = "완료" 전에 하나 이상 골라 주세요.

nav-back = ◀ 이전 질문
    .aliases = 이전, 뒤로, 뒤로 가기, 돌아가기, 이전으로, 이전 질문, 이전 질문으로, 뒤로 가요, 뒤로 갈래요, 뒤로 가 주세요, 이전으로 가요, 이전으로 가 주세요, 이전으로 돌아가기, 전 질문, 전 질문으로, 앞 질문, 앞 질문으로, 돌아가요, 돌아갈래요
nav-skip = 건너뛰기
    .aliases = 건너뛰기, 넘어가기, 패스, 스킵, 건너뛰겠습니다, 건너뛸게요, 건너뛸께요, 건너뛰어 주세요, 건너뛰어주세요, 넘어가겠습니다, 넘어갈게요, 넘어갈께요, 넘기겠습니다, 넘길게요, 패스할게요, 패스하겠습니다, 스킵할게요
nav-done = 완료 ✔
    .aliases = 완료, 다 골랐어요, 끝, 됐어요, 됐어, 됐습니다, 다 됐어요, 이제 됐어요, 끝이에요, 그게 다예요, 그게 다에요, 이게 다예요, 이게 다에요, 그게 전부예요, 다 했어요, 다했어요, 더 없어요, 더는 없어요, 그거뿐이에요, 그것뿐이에요, 다했어, 다 했어, 다했음, 다 했음, 다함, 다 골랐어, 다 골랐음, 다골랐어, 끝났어요, 끝났어, 끝났음, 끝이야, 끝임, 끝이요, 이게 다야, 그게 다야, 이게 다임, 그게 다임, 이게 전부야, 그게 전부야, 다 됐어, 다됐어, 됐음, 완료요, 더 없어, 더 없음
# 여러 개를 고르는 질문에 입력해서 골랐을 때: 고른 것과 끝내는 법 (입력한 보기는 질문을 닫지 않아요).
survey-picks-typed = ✔ { $picks } 골랐어요. 더 있으면 보내 주시고, 다 골랐으면 "완료"라고 보내 주세요.
# 다음 질문의 답이 먼저 와서, 그때까지 고른 것을 답으로 저장했을 때.
survey-which-of = 어느 쪽인가요: { $options }?
survey-picks-kept = ✔ { $field }: { $picks }

card-title = 🐶 { $name }
card-line = • { $field }: { $value }
card-incomplete = (아직 답하지 않으신 질문이 있어요)
card-unconfirmed = (모든 질문에 답하셨어요. 확인만 남았어요)

value-none = —
value-age = { $years ->
        [0] { $months ->
            [0] 1개월 미만
           *[other] { $months }개월
        }
       *[other] { $months ->
            [0] { $years }살
           *[other] { $years }살 { $months }개월
        }
    }
# 강아지의 나이는 살, 함께한 기간은 년: "2살"은 나이, "2년"은 기간이에요.
value-duration = { $years ->
        [0] { $months ->
            [0] 1개월 미만
           *[other] { $months }개월
        }
       *[other] { $months ->
            [0] { $years }년
           *[other] { $years }년 { $months }개월
        }
    }
# 시간은 사람이 쓰는 대로: "1시간 30분" (90분이 아니라), "4시간 30분" (4.5시간이 아니라).
value-hours = { $hours }시간
value-minutes = { $minutes }분
value-hours-minutes = { $hours }시간 { $minutes }분
value-people = { $count }명

nav-unknown = 모르겠어요
    .aliases = 모르겠어요, 모름, 몰라요
survey-unclear-number = { $value }까지는 알아들었는데, "{ $rest }" 부분은 알아듣지 못했어요. 숫자와 단위로 다시 알려 주세요.
survey-unclear-number-only = { JOSA($value, "이라고", "라고") } 알아들었는데 확실하지 않아요. 숫자와 단위로 다시 알려 주세요.
# 식구 수를 두 가지로 말했을 때 ("3명? 아니 4명인가"): 둘 다 말해 드리고 한 숫자를 여쭤봐요.
survey-unclear-count-range = { $low }명 또는 { $high }명으로 알아들었어요. 지금 함께 사는 사람은 몇 명인가요? 숫자 하나로 알려 주세요.
survey-unclear-options = { $options } 중 어느 쪽인지 골라 주세요.
# 하나만 고르는 질문에 "ㅇㅋ", "네"만 보냈을 때: 잡담이에요. 보기를 다시 친절하게 보여 드려요.
survey-choice-pick = 네! 👌 이 중에서 하나를 골라 주세요: { $options }.
## A no ("아니요", "no") at a question with no such option: no "yes!" before the options (trial 4).
survey-choice-pick-no = 알겠어요. 이 질문은 보기 중에서 하나를 골라 주세요: { $options }.
survey-unclear-not-an-option = "{ $typed }"에 맞는 보기가 없어요. 이 중에서 하나를 골라 주세요: { $options }.
# 입력으로 보기를 고른 여러 개 고르기 질문에서 어떤 보기도 아닌 말 (관심 행동 질문에서 "거의 매일"; 시험 5: 말없이 버려졌어요): 그렇다고 말하고 아무것도 더하지 않아요. 지금까지 고른 것이 뒤따라요. $typed는 보호자가 쓴 말이에요.
survey-unclear-ticked = "{ $typed }"에 맞는 보기가 없어서 더하지 않았어요.
survey-position-no-options = { JOSA($typed, "은", "는") } 보기 번호로 알아들었는데, 이 질문에는 번호로 고르는 보기가 없어서 아무것도 적지 않았어요. 답을 직접 적어 주세요.
survey-unclear-concepts = "{ $understood }"까지는 알아들었어요. 나머지도 알려 주시거나 보기에서 골라 주세요.
value-unknown = 모름
value-about = 약 { $value }
# 혼자 있는 시간을 "거의 없어요", "별로 안 혼자 있어요"로 말했을 때 (약 0으로 저장): "약 0시간" 대신 이렇게 보여요.
value-hardly-any = 거의 없음 (약 0)
value-range-years = 약 { $low }~{ $high }살
value-range-duration-years = 약 { $low }~{ $high }년
# 보기의 반만 아는 답 (성별에서 "여아" 다음 "모름"); $understood는 아는 쪽이에요.
value-unknown-part = { $understood } (나머지는 모름)
# 1년이 넘는 범위: 양 끝을 년·개월로 ("약 5살 10개월~6살"); $low, $high는 이미 읽기 좋게 쓴 값이에요.
value-range-span = 약 { $low }~{ $high }
value-range-months = 약 { $low }~{ $high }개월
value-range-hours = 약 { $low }~{ $high }시간
value-range-minutes = 약 { $low }~{ $high }분
value-range-people = 약 { $low }~{ $high }명

# 설문이 끝난 뒤 말로 고친 답("아 잘못 말했어요 3살이에요"): 고친 값, 또는 어느 답인지 모를 때 고치는 방법.
## 설문 뒤에 말한 이사 ("이사했어요"): 강아지에게 바뀌는 것; 하던 대로의 하루, 조용한 자리, 혼자 있는 시간은 천천히.
life-moved = 이사는 강아지에게도 큰 변화예요. 🏠 처음 몇 주는 산책과 밥, 잠자는 시간을 늘 하던 대로 지켜 주시고, 익숙한 담요와 장난감으로 조용한 자리를 마련해 주세요. 혼자 있는 시간은 천천히 늘려 주세요. 행동이 달라지면 있었던 일을 알려 주세요. 혼자 있는 시간이 바뀌었다면 새 시간을 알려 주시면 프로필을 고쳐 둘게요.
## 설문 뒤에 말한 새 아기 ("아기가 태어났어요"): 강아지에게 바뀌는 것. 지켜보기와 강아지만의 자리, AVSAB와 AKC가 아기와 강아지에 대해 권하는 대로.
life-new-baby = 아기가 태어났군요, 축하드려요! 🍼 { $name }에게도 큰 변화예요. 산책과 밥은 늘 하던 시간에 주시고, 아기가 닿지 않는 조용한 { $name }만의 자리를 마련해 주세요. 잠깐이라도 아기와 { $name }만 두지 마세요. { JOSA($name, "이", "가") } 아기 곁에서 빤히 보거나 으르렁대거나 숨으면 있었던 일을 알려 주세요.
correction-done = 고쳤어요. { $name }의 { $field }: { $value }
# 견종 질문에서 앞 질문의 답을 적었을 때("여아 중성화했어요"): 그 답을 고치고 견종을 다시 물어요.
survey-answered-earlier = 견종이 아니라 '{ $field }'에 대한 답으로 들었어요. 고쳐 뒀어요 — { $name }의 { $field }: { $value }
survey-answered-earlier-part = 견종이 아니라 '{ $field }'에 대한 답으로 들었어요: { $understood }. 나머지를 골라 주시면 고쳐 두고 견종 질문으로 돌아갈게요.
# 견종 질문에서 앞 질문의 답 일부를 말했는데 이미 그렇게 적혀 있을 때("여아요", 여아로 적혀 있음): 그대로 두고 견종을 다시 물어요.
survey-answered-earlier-kept = 견종이 아니라 '{ $field }'에 대한 답으로 들었어요. 이미 그렇게 적혀 있어요 — { $name }의 { $field }: { $value }
# 나이와 함께 성별을 다 말했을 때("3살 중성화한 여아에요"): 같이 적어 두고 한 줄로 알리며, 성별은 묻지 않아요.
survey-answered-ahead = { $field }도 같이 적어 뒀어요: { $value }
survey-answered-ahead-corrected = { $field }도 고쳐 뒀어요: { $previous } → { $value }
correction-unclear = "{ $value }" — 이 값으로 어느 답을 고칠지 모르겠어요. 아래 '{ survey-edit }'를 골라 고칠 답을 알려 주세요.
correction-no-dog = "{ $value }" — 고칠 강아지 프로필이 아직 없어요. 먼저 '{ first-report-start }'로 강아지를 소개해 주세요.
correction-unknown-dog = { JOSA($name, "이라는", "라는") } 강아지는 등록돼 있지 않아서 아무것도 고치지 않았어요. 등록된 강아지: { $dogs }. 이름을 확인해서 다시 보내 주시거나 아래 '{ survey-edit }'를 골라 주세요.
# 앞 질문의 수 답을 뒤 질문에서 말했을 때("아 그리고 2살이에요"를 성별 질문에서): 그 답을 고치고 알려요. 지금 질문이 이어서 나와요.
survey-answered-earlier-number = '{ $field }'에 대한 답으로 들었어요. 고쳐 뒀어요 — { $name }의 { $field }: { $value }
# 앞선 질문의 답일 수도, 아직 묻지 않은 질문의 답일 수도 있는 수(크기 질문에서 "1년": 모른다고 한 나이? 함께한 기간?): 아무것도 적지 않고 다시 물어요. $typed는 보호자가 쓴 말, $field는 읽힌 앞 질문이에요.
survey-late-number-which = "{ $typed }" — { $field }인지, 다른 질문의 답인지 알 수 없어서 적지 않았어요. { $field }라면 "{ $field }는 { $typed }"처럼 알려 주세요.
# 고르는 질문에서 이미 답한 앞 질문의 수와 다른 수 하나("한 반년?" 성별 질문에서, 나이는 3살; 오너 체험 11: 무엇을 알아들었는지 말하지 않았어요): 알아들은 값을 말하고, 바꾸지 않고 다시 물어요. $value는 알아들은 값, $stored는 적혀 있는 답이에요.
survey-late-number-understood = "{ $typed }" — { $field } { $approx ->
        [yes] 약 { $value }
       *[no] { $value }
    }, 이렇게 알아들었어요. 다만 { $field } 답은 이미 적혀 있어서({ $stored }) 바꾸지 않았어요. 바꾸시려면 "{ $field } { $value }"처럼 알려 주세요.
# 고르는 질문에서 단위만 붙은 시간 하나("8h", "8시간" 성별 질문에서, batch 72): 아직 묻지 않은 혼자 있는 시간일지 운동 시간일지 알 수 없어 적지 않고, 그 질문들은 차례가 오면 물어요. $typed는 보호자가 쓴 말, $fields는 그 수를 답으로 읽는 질문들이에요.
survey-late-number-unplaced = "{ $typed }" — 어느 질문의 답인지({ $fields }) 알 수 없어서 아직 적지 않았어요. 그 질문은 차례가 오면 여쭤볼게요. 먼저 이 질문이에요:
## 나중 질문 하나만 읽는 길이 ("하루두번 30분씩"을 가족 수 질문에서; 주인 시험 13: "어느 질문의 답인지(하루 운동) 알 수 없어서"). $field 는 그 질문이에요.
survey-late-number-unplaced-one = "{ $typed }" — '{ $field }' 질문의 답 같아요. 그 질문은 차례가 오면 여쭤볼게요. 먼저 이 질문이에요:
# 시간 질문이 모두 답해진 뒤의 길이만 있는 답("9시간" 을 고민 질문에서; 오너 체험 16: 이유 없이 다시 물었어요): 적어 둔 답과 함께 말하고 아무것도 바꾸지 않아요.
survey-late-number-noted = "{ $typed }" — 이 질문의 답이 아니라 시간({ $fields })으로 들었어요. 그 답은 이미 적어 뒀어요: { $stored }. 바꾸시려면 어느 질문인지 시간과 함께 적어 주세요. 먼저 이 질문이에요:
# 질문의 보통 답보다 훨씬 큰 수(운동에 "하루8시간정도"): 아직 적지 않고, 알아들은 값을 말하며 확인해요. 같은 답을 한 번 더 보내면 적어요. $typed는 보호자가 쓴 말, $field는 질문, $value는 읽은 값이에요.
survey-unlikely = "{ $typed }" — { $field } { $value }, 이렇게 읽었는데 보통보다 훨씬 많아서 아직 적지 않았어요. 맞다면 같은 답을 한 번 더 보내 주세요. 다른 질문의 답이었다면 이 질문의 답을 알려 주세요.
# "얼마나 함께했나요?"에 말한 시작이 아직 오지 않은 때일 때("2027년부터"). $typed는 보호자가 쓴 말이에요.
# "올해 봄"처럼 올해의 때를 말했는데 아직 오지 않았을 때(2월에 "올해 봄"): 지난해 그때일 수 있다고 알려요. $year는 지난해예요.
survey-err-owned_months-not-yet = "{ $typed }" — 올해의 그때는 아직 오지 않았어요. { $year }년 그때부터라면 "작년 봄"처럼, 아니면 "6개월"처럼 기간으로 알려 주세요.
survey-err-owned_months-future = "{ $typed }" — 아직 오지 않은 때부터라서 기간을 셀 수 없어요. "2년", "작년부터"처럼 알려 주세요.
# 태어난 해가 아직 오지 않았을 때 ("2030년생"): 나이 질문이 다시 여쭤봐요.
survey-err-age-born-future = "{ $typed }" — 아직 오지 않은 해라서 나이를 셀 수 없어요. "3살", "2019년생"처럼 알려 주세요.
# 말한 시작이 강아지가 태어나기 전일 때("2020년부터", 두 살 강아지): 알아들은 기간과 나이를 알려요. $owned, $age는 프로필에 보이는 기간이에요.
survey-err-owned_months-start-too-long = "{ $typed }" — 그러면 함께한 기간이 약 { $owned }인데, 강아지 나이({ $age })보다 길어요. 확인하고 다시 알려 주세요.
# 설문 자체를 물었을 때 ("이거 꼭 다 해야돼요?", "몇 개 남았어요?"): 남은 질문 수(지금 질문 포함)와 건너뛰기·취소하는 법. 모델에 보내지 않아요. 다음 줄에 질문이 다시 나와요.
survey-go-on = 네, 그럼 질문 이어서 할게요.
survey-resume = 괜찮아요, 다시 오셨네요! 이 질문을 하던 중이었어요:
# 설문 질문에서 "신경 쓰지 마세요", "앗 잘못 보냈어요": 방금 말을 거두는 말이라 아무것도 저장하지 않고 질문을 다시 해요 (보호자 체험 12)
survey-taken-back = 괜찮아요, 방금 말씀은 저장하지 않았어요. 질문을 다시 드릴게요:
survey-why = 이 질문들은 강아지에게 맞는 조언을 드리기 위한 거예요. 나이, 크기, 사는 환경, 예전 반응에 따라 효과 있고 안전한 방법이 달라져요.
# 설문 질문에서 한 가벼운 말("👍", "ㅋㅋ"): 아래 질문에 답해 달라고 가볍게 말해요.
survey-talk-nudge = 😊 편하실 때 아래 질문에 답해 주세요.
survey-why-first = 저는 반려견 행동 코치 도그코치예요 🐾 먼저 강아지에 대해 몇 가지 여쭤볼게요(2분쯤 걸려요). 나이, 크기, 사는 환경, 예전 반응에 따라 효과 있고 안전한 방법이 달라서, 조언을 강아지에게 맞추려고 여쭤봐요.
survey-why-name = 강아지를 이름으로 부르며 이야기하려고 여쭤봐요.
survey-why-age_months = 나이가 중요해요. 아기 강아지, 청소년기, 노령견은 배우는 방식이 다르고, 어떤 행동은 나이에 따라 정상이기도 해요.
survey-why-sex = 성별과 중성화 여부는 다른 개에 대한 반응, 마킹, 돌아다니는 행동에 영향을 줄 수 있어서 조언에 반영해요.
survey-why-breed = 견종이나 믹스는 원래 어떤 일(목양, 경비, 사냥)을 하도록 길러졌는지 알려 주고, 그게 여러 행동에 영향을 줘요.
survey-why-size = 크기에 따라 안전하고 현실적인 방법이 달라져요. 뛰어오르거나 달려들 때 다루는 법, 맞는 용품도 달라요.
survey-why-origin = 어디서 왔는지(브리더, 펫샵, 보호소, 지인)는 어릴 때 환경과 사회화를 짐작하게 해 주고, 그게 두려움이나 사회성에 영향을 줘요.
survey-why-owned_months = 함께한 기간을 알면 아직 적응 중인지, 이미 굳어진 습관인지 알 수 있어요.
survey-why-household = 함께 사는 사람에 따라 조언이 달라져요. 누가 연습할 수 있는지, 강아지가 매일 몇 명을 만나는지요.
survey-why-children = 집에 아이가 있으면 안전을 더 챙겨야 하는 단계가 있어요.
survey-why-other_pets = 다른 동물이 행동의 계기가 되거나 연습에 함께할 수 있어서 알아야 해요.
survey-why-alone_hours = 혼자 있는 시간은 분리불안, 심심함, 물어뜯기와 관련이 있어요.
survey-why-exercise_minutes = 운동량은 에너지, 답답함, 여러 문제 행동에 영향을 줘요.
survey-why-concerns = 가장 걱정되는 걸 알면 무엇부터 다룰지 정할 수 있어요.
survey-why-worst_reaction = 지금까지 가장 강했던 반응을 알면 조언을 얼마나 조심스럽게 해야 하는지, 언제 전문가를 만나야 하는지 알 수 있어요.
survey-why-health = 통증이나 건강 문제가 행동 변화의 원인인 경우가 많아서 함께 고려해요.
survey-left = { $count ->
        [1] 이 질문이 마지막이에요.
       *[other] 이 질문을 포함해 { $count }개 남았어요.
    } 모르는 건 "몰라요", 넘기려면 "건너뛰기"라고 보내 주세요. 나중에 이어서 하시려면 "취소"라고 보내시면 돼요.

# 확인을 기다리던 드문 숫자(survey-unlikely)에 "아니요" / "됐어요": 적지 않았어요.
survey-unlikely-no = 그게 아니에요
survey-unlikely-dropped = 알겠어요. 그 답은 적지 않았어요.
# 다른 숫자 질문의 이야기로 한 "거의 못 해요" (혼자 있는 시간에서 "산책은 거의 못해요"): 적지 않고 이 질문을 다시 물어요.
survey-unclear-other-topic = "{ $typed }" — { $asked } 질문의 답이 아니라 { $field } 이야기로 들었어요. 그래서 적지 않았어요.
# 시간이나 분을 묻는 질문에서 "그때그때 달라요"만 말했을 때 (주인 시험 17): 적을 숫자가 없어요. 보통 하루나 범위를 여쭤봐요.
survey-unclear-varies-hours = 그때그때 다르군요, 괜찮아요. 보통 평일 하루를 알려 주시거나 "2~6시간"처럼 범위로 알려 주세요.
survey-unclear-varies-minutes = 그때그때 다르군요, 괜찮아요. 보통 하루를 알려 주시거나 "30분에서 1시간"처럼 범위로 알려 주세요.
# 숫자 질문에서 다른 숫자 질문의 답을 말했을 때(나이 질문에서 "데려온지 6개월쯤 됐습니다", 혼자 있는 시간에서 "하루 1시간 산책"): 그 답으로 적고, 지금 질문을 다시 물어요. $asked는 지금 질문, $field는 적은 답이에요.
survey-answered-other-number = "{ $typed }" — '{ $asked }' 질문의 답이 아니라 '{ $field }'에 대한 답으로 들었어요. 적어 뒀어요 — { $name }의 { $field }: { $value }
survey-answered-other-number-corrected = "{ $typed }" — '{ $asked }' 질문의 답이 아니라 '{ $field }'에 대한 답으로 들었어요. 고쳐 뒀어요 — { $name }의 { $field }: { $previous } → { $value }
# 설문 질문에서 행동 이름만 말했을 때(견종 질문에서 "으르렁거려요"): 답이 아니라 행동이라고 말하고, 있었던 일 한 번을 나중에 들려 달라고 한 뒤 질문을 다시 물어요(한국어 시험: "견종은 60자 이내로"라고 했어요). $typed는 보호자가 쓴 말, $field는 지금 질문이에요.
survey-behaviour-not-answer = "{ $typed }" — '{ $field }'에 대한 답이 아니라 강아지의 행동으로 들었어요. 그 행동이 있었던 때를 한 번 들려주시면(바로 전 상황, 강아지가 한 일, 그 뒤) 따로 살펴볼게요. 먼저 이 질문에 답해 주세요.
# 고민 질문에서 어느 보기인지 정할 수 없는 행동 하나 ("으르렁": 사람에게? 다른 개에게?; 오너 체험 11: 나중 질문인 가장 강한 반응에 말없이 적혔어요): 아무것도 체크하지 않고 알아들은 것을 말한 뒤 다시 물어요.
survey-behaviour-which-concern = "{ $typed }" — 행동으로 알아들었는데, 어느 보기에 해당하는지 알 수 없어서 체크하지 않았어요. 누구에게 그러는지(사람, 다른 개)에 따라 맞는 보기를 골라 주세요.
# 건강과 훈련 메모 질문에서 건강 이야기 없이 행동만 쓴 말 ("으르렁"; 오너 체험 11: 건강 메모로 적혔어요): 메모로 적지 않고 알아들은 것을 말한 뒤 다시 물어요.
survey-behaviour-not-health = "{ $typed }" — 강아지의 행동으로 알아들었어요. 건강과 훈련 메모가 아니라서 적지 않았어요. 살펴보길 원하시면 설문이 끝난 뒤 그 행동이 있었던 때를 한 번 들려주세요. 지금은 건강이나 훈련에 대해 적어 주시거나 건너뛰어 주세요.
# 설문 중 강아지가 어떤 아이인지로 말한 행동 ("분리불안이 좀 있고 다른 개한테 예민해요"): 고민 질문의 답으로 보관 (batch 76).
survey-concerns-kept = 알겠어요. 고민 항목에 적어 둘게요: { $concerns } (그 질문에서 더 고를 수 있어요). 살펴보길 원하시면 그 행동이 있었던 때를 한 번 들려주세요. 먼저 이 질문에 답해 주세요.
survey-concerns-added = 알겠어요. 고민 항목에 더해 둘게요: { $concerns }. 살펴보길 원하시면 그 행동이 있었던 때를 한 번 들려주세요. 먼저 이 질문에 답해 주세요.
## trial 9 (survey)
# 두 마리의 나이를 한 번에 말했을 때("콩이는 3살 팥이는 1살"): 더하지 않아요. $text는 들은 나이들, $name은 지금 여쭙는 강아지.
survey-two-ages = 두 마리 나이를 모두 들었어요({ $text }). 지금은 { $name }의 나이만 알려 주세요.
# 기간이나 나이 질문에서 다른 사람의 숫자("아들이 8살"): 답이 아니에요. $typed는 보낸 말, $asked는 질문 이름.
survey-unclear-someone-else = "{ $typed }"의 숫자는 다른 분 이야기 같아서 { $asked }(으)로 적지 않았어요.
# 확인 카드에서 항목과 새 값을 말했을 때("견종 잘못적었어요 말티즈에요"): 바꾸고 카드를 다시 보여줘요.
survey-review-corrected = { JOSA($field, "을", "를") } 고쳤어요: { $previous } → { $value }
survey-earlier-same = { JOSA($field, "은", "는") } 이미 그렇게 적혀 있어요: { $value }
# 12살 미만 아이 질문에서 12살이 넘은 아이만 말했을 때("네 있어요 중딩"; 오너 체험 12: "네"로 적혔어요): "아니요"로 적고 이유를 알려요. $typed는 보호자가 쓴 말이에요.
survey-children-older = "{ $typed }" — 13살 이상은 이 질문의 아이(12살 미만)가 아니라서 "아니요"로 적었어요. 12살 미만 아이도 있다면 "뒤로"로 돌아가 "네"로 고쳐 주세요.
# 보기의 반을 먼저 말한 뒤("여아") 그 반과 맞지 않는 보기의 번호를 입력했을 때("1" = 남아; 오너 체험 12: 말없이 남아로 적혔어요): 적지 않고 다시 물어요. $value는 번호의 보기, $understood는 먼저 말한 반이에요.
survey-part-contradicted = "{ $typed }"번은 { $value }인데, 앞에서 { $understood }라고 하셨어요. 그래서 적지 않았어요. 맞는 보기를 골라 주세요.
# 단위 없는 작은 수(운동 질문에서 "1"; 오너 체험 12: 1분으로 적혔어요): 분인지 시간인지 물어요. $first, $second는 두 가지 뜻이에요.
survey-unit-which = "{ $typed }" — { $first }인가요, { $second }인가요? "{ $second }"처럼 단위와 함께 알려 주세요.
# 숫자 질문에서 설문을 넘기는 말만 했을 때(혼자 있는 시간에서 "완료"; 오너 체험 12: "0시간에서 24시간 사이로" 범위 밖의 수처럼 답했어요). $asked는 질문의 이름이에요.
survey-unclear-no-number = "{ $typed }"에는 { $asked } 답이 없어요. 숫자로 알려 주세요.
## 먼저 적어 둔 건강 이야기에 다른 질문에서 들은 건강 이야기를 더해요(주인 시험 13).
survey-health-joined = { $first }, { $second }
