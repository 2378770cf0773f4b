"""Reading and checking the data in ``source/``: the first half of the pipeline.

``loader`` (YAML with line and column, hostile input refused) → ``models`` (pydantic,
``extra="forbid"``; ``deadlines`` is the one table of deadline kinds they use) → ``validate``
(references, registries, ``fidelity``: every quote found in its original) → ``dataset`` (the
graph: registries and reverse indexes, ``topics`` tagging). ``schema`` writes the models'
JSON Schema for editors.
"""
