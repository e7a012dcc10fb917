"""A synthesis per guiding question: passages of the contributions grouped by meaning.

`passages` splits contributions, `clustering` groups their vectors (numpy only), `draft` builds
a discussion's draft, `editing` holds what moderators do with it, `tasks` runs the draft off
the request. The models are in `discussions/models/synthesis.py`.
"""
