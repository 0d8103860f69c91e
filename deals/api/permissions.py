"""Who may read drafts and who may write.

"Editors" are driven by model permissions so the Editors group's permissions decide, as in the admin;
staff and members of a group named "Editors" count too, so a fresh install works before anyone has
ticked permissions.
"""

from rest_framework.permissions import SAFE_METHODS, DjangoModelPermissions

from deals.models import Event

EDITORS_GROUP = "Editors"


def is_editor(user) -> bool:
    """True for an active, authenticated user allowed to see drafts and full article texts."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    cached = getattr(user, "_dealtracker_is_editor", None)
    if cached is None:
        cached = (
            user.is_staff
            or user.has_perm("deals.view_event")
            or user.has_perm("deals.change_event")
            or user.groups.filter(name=EDITORS_GROUP).exists()
        )
        # One request authenticates one user object: remember the answer so a page costs one lookup.
        user._dealtracker_is_editor = cached
    return cached


def request_is_editor(request) -> bool:
    return request is not None and is_editor(request.user)


class ReadAnyoneWriteWithModelPermission(DjangoModelPermissions):
    """GET for everyone; PATCH needs `deals.change_<model>`, as the admin's change form does.

    Anonymous writes get 401 (with WWW-Authenticate) before the body is read; signed-in users without
    the permission get 403.
    """

    authenticated_users_only = True

    def has_permission(self, request, view):
        if request.method in SAFE_METHODS:
            return True
        method = request.method.lower()
        if method not in view.http_method_names or not hasattr(view, method):
            return True  # not offered here: let dispatch answer 405 rather than a misleading 403
        return super().has_permission(request, view)


def visible_events(request):
    """Events this request may read: all for editors, published ones for everyone else."""
    events = Event.objects.all()
    return events if request_is_editor(request) else events.published()
