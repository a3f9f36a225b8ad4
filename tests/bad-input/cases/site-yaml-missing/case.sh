rm content/site.yaml
