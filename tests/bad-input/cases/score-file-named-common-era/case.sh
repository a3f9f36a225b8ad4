mv content/scores/2565.yaml content/scores/2022.yaml
