## 수량을 말할 때 쓰는 낱말 ("3살", "1시간 30분"). .aliases 만 읽어요. 모든 언어의 낱말을
## 사용자의 언어와 상관없이 알아들어요.

lex-unit-years = 살
    .aliases = 살, 세, 년, 해, 년째
lex-unit-months = 개월
    .aliases = 개월, 달, 개월령
lex-unit-weeks = 주
    .aliases = 주, 주령, 주일
lex-unit-hours = 시간
    .aliases = 시간
lex-unit-minutes = 분
    .aliases = 분
## 횟수: 숫자 뒤에 오면 그 숫자는 시간이 아니라 몇 번인지예요 ("하루 두번 30분씩" = 60분). 운동·혼자 있는 시간에는 횟수 × 시간, 다른 질문에서는 알아듣지 못한 말이에요.
lex-times = 번
    .aliases = 번, 회, 차례, 번씩, 회씩, 타임
lex-unit-people = 명
    .aliases = 명, 사람, 식구, 인
lex-half = 반
    .aliases = 반
lex-filler = 기타
    .aliases = 하루, 매일, 이요, 요, 이에요, 예요, 에요, 입니다, 이에여, 예여, 에여, 여, 임, 이다, 이랑, 랑, 하고, 째, 씩, 된, 됐어요, 되었어요, 됐습니다, 됐고, 되어요, 돼요, 이예요, 입니당, 이용, 용, 이구요, 이고요, 고요, 이고, 은, 는, 이, 가, 도, 까지, 부터
lex-number-0 = 영
    .aliases = 영, 공, 없어요, 없음, 없습니다, 안 해요, 전혀
lex-number-1 = 하나
    .aliases = 한, 하나, 혼자, 첫
lex-number-2 = 둘
    .aliases = 두, 둘
lex-number-3 = 셋
    .aliases = 세, 셋, 서, 석
lex-number-4 = 넷
    .aliases = 네, 넷, 너, 넉
lex-number-5 = 다섯
    .aliases = 다섯, 닷
lex-number-6 = 여섯
    .aliases = 여섯, 엿
lex-number-7 = 일곱
    .aliases = 일곱
lex-number-8 = 여덟
    .aliases = 여덟
lex-number-9 = 아홉
    .aliases = 아홉
lex-number-10 = 열
    .aliases = 열
lex-number-11 = 열하나
    .aliases = 열한, 열하나
lex-number-12 = 열둘
    .aliases = 열두, 열둘
lex-number-13 = 열셋
    .aliases = 열셋, 열세
lex-number-14 = 열넷
    .aliases = 열넷, 열네
lex-number-15 = 열다섯
    .aliases = 열다섯
lex-number-16 = 열여섯
    .aliases = 열여섯
lex-number-17 = 열일곱
    .aliases = 열일곱
lex-number-18 = 열여덟
    .aliases = 열여덟
lex-number-19 = 열아홉
    .aliases = 열아홉
lex-number-20 = 스물
    .aliases = 스물, 스무
lex-number-30 = 서른
    .aliases = 서른
lex-number-40 = 마흔
    .aliases = 마흔
lex-number-50 = 쉰
    .aliases = 쉰
lex-number-60 = 예순
    .aliases = 예순
lex-number-70 = 일흔
    .aliases = 일흔
lex-number-80 = 여든
    .aliases = 여든
lex-number-90 = 아흔
    .aliases = 아흔

## 한자어 수 (십삼 세, 이십 분). 뒤에 단위가 오거나 십·백과 함께 쓸 때만 수로 읽어요 ("이"는 조사이기도 해요).
lex-sino-1 = 일
    .aliases = 일
lex-sino-2 = 이
    .aliases = 이
lex-sino-3 = 삼
    .aliases = 삼
lex-sino-4 = 사
    .aliases = 사
lex-sino-5 = 오
    .aliases = 오
lex-sino-6 = 육
    .aliases = 육, 륙
lex-sino-7 = 칠
    .aliases = 칠
lex-sino-8 = 팔
    .aliases = 팔
lex-sino-9 = 구
    .aliases = 구
lex-sino-10 = 십
    .aliases = 십
lex-sino-100 = 백
    .aliases = 백

## 무게 (크기 질문에서 "30kg" → 대형).
lex-unit-kg = 킬로그램
    .aliases = 킬로, 키로, 킬로그램, 키로그램, 킬로그람
lex-unit-lb = 파운드
    .aliases = 파운드

## 어림: 범위("2~3살", "두세 살")와 함께 값이 어림값임을 알려요.
lex-approx = 약
    .aliases = 약, 대략, 정도, 쯤, 거의, 넘게, 넘었어요, 넘었고, 조금, 한, 대충, 아마, 가량, 남짓, 이상, 내외, 안팎, 좀, 추정, 추정으로, 래요, 이래요, 이라고 했어요, 라고 했어요, 이라고 들었어요, 라고 들었어요, 인 것 같아요, 인 거 같아요, 같아요
## 범위를 잇는 말 ("2~3살", "2에서 3살", "2, 3살").
lex-range = 에서
    .aliases = 에서, 내지, 아니면, 이나, 또는, 혹은, 인가, 인지
## 사람을 가리키는 말: 식구 수 질문에서는 한 명씩 세고 ("저랑 남편" = 2명), 나이 질문에서는 답이 아니라서
## 다시 물어요 ("저랑 남편 둘이요" 는 함께한 기간이 아니에요). 시간 질문에서는 그냥 넘어가요.
lex-person = 사람
    .aliases = 저, 나, 제가, 내가, 본인, 남편, 아내, 와이프, 신랑, 엄마, 아빠, 어머니, 아버지, 동생, 언니, 오빠, 누나, 형, 아들, 딸, 할머니, 할아버지, 남자친구, 여자친구, 남친, 여친, 룸메이트, 룸메
## 두 사람을 가리키는 말 ("부모님이랑 저" = 3명).
lex-person-pair = 두 사람
    .aliases = 부모님, 부부, 우리 부부, 저희 부부
## 수와 함께 와도 답을 바꾸지 않는 말 ("출근하면 9시간", "저랑 남편 둘이요", "생후 3개월").
lex-context = 기타
    .aliases = 종일, 하루종일, 하루 종일, 거의 하루종일, 있어요, 혼자 있어요, 이번에, 때, 할 때, 할때, 때는, 갈 때, 보호소, 보호소에서, 병원에서, 병원, 수의사, 선생님이, 생후, 태어난 지, 태어난지, 데려온 지, 데려온지, 키운 지, 키운지, 함께한 지, 같이 산 지, 지, 나이, 나이는, 지금, 이제, 올해, 벌써, 딱, 한국 나이, 만, 출근하면, 출근, 평일, 평일엔, 평일에는, 회사, 일하러 가면, 하루에, 하루, 매일, 산책, 산책은, 운동, 운동은, 놀이, 아이, 아이들, 애들, 가족, 식구, 우리, 우리 가족, 저희, 저희 가족, 다, 해서, 포함, 포함해서, 포함이요, 본인 포함, 총, 모두, 전부, 살아요, 살고, 살아, 삽니다, 살고 있어요, 있어요, 있어, 됐어, 됐네요, 정도 됐어요, 한 번에, 보통, 대부분
