"""The playbooks page: edit, check and share the playbooks."""
