print("careers")
