"""A team's shared history on PostgreSQL (issue 13); see docs/team.md.

The local SQLite file stays the working store. Each member publishes their own rows
to the server's `candor` schema (publish.py), an idempotent upsert keyed by the rows'
stable UUIDs; row-level security lets every member read the team's rows and change
only their own (server_schema.py). Nothing here is imported unless a team command or
the window's team publishing runs, so psycopg never slows an ordinary start.
"""
