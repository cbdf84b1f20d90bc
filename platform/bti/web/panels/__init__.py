"""The core's case-page panels, one module each (consent, people, meetings, stafettlogg …).

Each module has its own blueprint with the panel's actions, its forms, and a ``PANEL``
(:class:`bti.case_panels.CasePanel`) that :mod:`bti.defaults.panels` returns from the
``bti_register_case_panels`` hook; :func:`bti.web.case_view.register_panels` mounts the
blueprints. What each panel shows is read in :mod:`bti.services.case_page`.
"""
