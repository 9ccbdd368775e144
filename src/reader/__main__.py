"""``python -m reader`` does what the ``reader`` command does."""

from reader.launch import main

if __name__ == "__main__":
    main()
