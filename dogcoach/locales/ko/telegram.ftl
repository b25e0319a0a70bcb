## 텔레그램 채널: 명령어 메뉴(setMyCommands)와 읽을 수 없는 메시지에 대한 답.

telegram-command-start = 시작하기, 멈춘 곳부터 이어 하기
telegram-command-result = 최근 분석 결과 보기
telegram-command-help = 할 수 있는 일 보기
telegram-command-profile = 강아지 프로필 보기·고치기
telegram-command-newdog = 강아지 추가하기
telegram-command-removedog = 강아지 프로필 지우기
telegram-command-switchdog = 다른 강아지 이야기로 바꾸기
telegram-command-edit = 강아지에 대한 답 고치기
telegram-command-language = 한국어 / English
telegram-command-timezone = 날짜와 체크인 시간에 쓸 시간대
telegram-command-cancel = 지금 하던 질문 멈추기
telegram-command-export = 저장된 내 정보 모두 받기
telegram-command-delete = 저장된 내 정보 모두 지우기
telegram-command-history = 최근 기록 보기
telegram-command-week = 지난 7일 한눈에 보기
telegram-command-tips = 훈련 팁 받기 켜기·끄기
telegram-command-progress = 행동별로 달라진 점 보기
telegram-command-summary = 수의사·전문가에게 보여 줄 한 장 요약
telegram-command-checkins = 며칠 뒤 확인 메시지 켜기·끄기
telegram-command-checkintime = 확인 메시지 받을 시각 정하기
telegram-command-notifications = 팁과 확인 메시지 함께 켜기·끄기
telegram-command-broadcast = 사용자에게 팁이나 공지 보내기

telegram-media-photo = 사진 고마워요! 📷 그런데 아직은 사진을 볼 수 없어요. 무슨 일이 있었는지 글로 알려 주세요.
telegram-media-sticker = 귀여운 스티커네요! 🐶 그런데 저는 글만 읽을 수 있어요. 강아지가 한 행동을 글로 알려 주세요.
telegram-media-voice = 아직 음성 메시지는 들을 수 없어요 🎧 무슨 일이 있었는지 글로 적어 주세요.
telegram-media-location = 위치를 보내 주셔서 고마워요 📍 그런데 장소 정보는 쓰지 않아요. 무슨 일이 있었는지 글로 알려 주세요.
telegram-media-other = 이런 메시지는 아직 열어 볼 수 없어요. 무슨 일이 있었는지 글로 알려 주세요.
telegram-media-edited = 수정한 메시지는 읽지 못해요 ✏️ 바꾸신 내용이 있으면 새 메시지로 다시 보내 주세요.

telegram-group-only = 저는 1:1 대화에서만 이야기해요. 여기로 메시지를 보내 주세요: @{ $name }
telegram-error = 죄송해요, 제 쪽에 문제가 생겨서 방금 메시지를 받지 못했어요. 잠시 후 다시 보내 주세요.
