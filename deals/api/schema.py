"""OpenAPI details drf-spectacular cannot guess: error answers on every operation, sparse event fields.

Every operation documents the errors it can give, all in the one JSON shape of exceptions.py, so a
client (and Schemathesis) can check every answer against the schema.
"""

from drf_spectacular.openapi import AutoSchema
from rest_framework import serializers


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What went wrong, in a sentence.")
    code = serializers.CharField(help_text="Machine-readable cause: invalid, not_found, conflict, throttled, ...")
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text="For 400 answers: messages per field or query parameter.",
    )


ERROR_DESCRIPTIONS = {
    "400": "A query parameter or field has a bad value.",
    "401": "Credentials were missing or wrong.",
    "403": "Signed in, but not allowed to make this change.",
    "404": "No such object (or it is not published), or a page or cursor past the end.",
    "405": "Method not allowed here.",
    "409": "The object changed since the version you sent.",
    "428": "The write did not say which version it was made from: send `version`.",
    "415": "Send JSON.",
    "429": "Too many requests: wait the number of seconds in Retry-After.",
}


class DealTrackerAutoSchema(AutoSchema):
    def get_filter_backends(self):
        # Exports take the events' filters although they are not "list" views in drf-spectacular's sense.
        if getattr(self.view, "filters_in_schema", False):
            return getattr(self.view, "filter_backends", [])
        return super().get_filter_backends()

    def get_auth(self):
        auths = super().get_auth()
        # Reading needs no credentials (IsAuthenticatedOrReadOnly-style permission drf-spectacular cannot see).
        if self.method in ("GET", "HEAD") and {} not in auths:
            auths.append({})
        return auths

    def _error_codes(self) -> list[str]:
        writes = self.method in ("PATCH", "PUT", "POST", "DELETE")
        codes = ["401"]  # a wrong token is refused on any operation
        if writes or self.get_filter_backends() or self._get_pagination_parameters() or self.get_override_parameters():
            codes.append("400")
        if "{" in self.path or self._get_pagination_parameters():
            codes.append("404")
        if writes:
            codes += ["403", "415"]
            codes += getattr(self.view, "conflict_codes", [])
        codes.append("429")
        return codes

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if direction != "response":
            return responses
        for code in self._error_codes():
            if code not in responses:
                response = self._get_response_for_code(ErrorSerializer, code)
                response["description"] = ERROR_DESCRIPTIONS[code]
                responses[code] = response
        return responses

    def _get_response_headers_for_code(self, status_code, direction="response"):
        headers = super()._get_response_headers_for_code(status_code, direction)
        if str(status_code) == "429":
            headers["Retry-After"] = {
                "schema": {"type": "integer"},
                "description": "Seconds to wait.",
            }
        if str(status_code) == "401":
            headers["WWW-Authenticate"] = {
                "schema": {"type": "string"},
                "description": "How to authenticate.",
            }
        return headers

    def _map_basic_serializer(self, serializer, direction):
        schema = super()._map_basic_serializer(serializer, direction)
        # With `fields=`, only the asked-for fields come back: the others may be absent, `id` never is.
        # A PATCH must carry the version it was made from, although every other field of it is optional.
        needed = getattr(serializer, "required_in_patch", None)
        if needed and direction == "request":
            schema["required"] = list(needed)
        always = getattr(serializer, "always_present", None)
        if always is not None and direction == "response":
            required = [name for name in schema.get("required", []) if name in always]
            if required:
                schema["required"] = required
            else:
                schema.pop("required", None)
        return schema
