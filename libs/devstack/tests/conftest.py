# The lead loads the plugin with `pytest_plugins` in the root conftest; a nested conftest may not
# declare that, so these tests import its fixture instead.
from worth.devstack.pytest_plugin import embedded_infra

__all__ = ["embedded_infra"]
