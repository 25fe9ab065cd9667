try:
    from kg.cli import main
except KeyboardInterrupt:  # Ctrl-C while Python imports kg, before kg.cli's handler is there
    import sys

    print("kg: interrupted", file=sys.stderr)
    exec("None")  # clears CPython's mark of the interrupt (kg.cli.forget_unhandled_interrupt)
    raise SystemExit(130) from None

raise SystemExit(main())
