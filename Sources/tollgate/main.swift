import TollgateCore

print("tollgate")
