printf '\n   \n\n' >content/committee/2567.yaml
