: >content/site.yaml
