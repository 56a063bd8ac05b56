{{/* Prefix of every object's name: the release name, or "<release>-cs-platform" unless it already says so. */}}
{{- define "cs.prefix" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "cs.labels" -}}
app.kubernetes.io/part-of: cs-platform
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/* Labels that select one service's pods. Call with (dict "root" $ "name" $name). */}}
{{- define "cs.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* The Secret with the credentials: an existing one, or the chart's. */}}
{{- define "cs.secretName" -}}
{{- default (printf "%s-secrets" (include "cs.prefix" .)) .Values.secrets.existingSecret -}}
{{- end -}}

{{- define "cs.configMapName" -}}
{{- printf "%s-settings" (include "cs.prefix" .) -}}
{{- end -}}

{{/* One service's settings: serviceDefaults overlaid with its own entry. Call with (dict "root" $ "name" $name). */}}
{{- define "cs.service" -}}
{{- $own := index .root.Values.services .name -}}
{{- toYaml (mergeOverwrite (deepCopy .root.Values.serviceDefaults) (deepCopy $own)) -}}
{{- end -}}

{{- define "cs.image" -}}
{{- $repo := .root.Values.image.repository -}}
{{- if .root.Values.image.registry -}}{{- $repo = printf "%s/%s" .root.Values.image.registry $repo -}}{{- end -}}
{{- printf "%s/%s:%s" $repo .name (required "image.tag is required" .root.Values.image.tag | toString) -}}
{{- end -}}
