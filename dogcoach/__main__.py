from dogcoach.cli import main

main()
