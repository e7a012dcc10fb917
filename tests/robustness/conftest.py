from tests.discussions.conftest import (  # noqa: F401
    discussion,
    index,
    member,
    no_premoderation,
    questions,
)
