: >content/scores/2565.yaml
