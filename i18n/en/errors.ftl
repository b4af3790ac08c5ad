# Errors that end a run (src/error.rs). $path is a file or folder, $source what the
# operating system or the library said.

error-input-dir = cannot read input folder { $path }: { $source } (put the workbooks into { $path }/<year>/, or name the folder with --input)
error-write = cannot write { $path }: { $source }
error-config = configuration { $path } is invalid: { $message }
error-export = cannot make { $path }: { $what } ({ $detail }); please report it with this message
error-figures = internal error (please report): the key figures could not be computed ({ $source })
error-locked = another bestand run is writing into { $path }; wait until it has finished, or use another --output folder
error-empty-input = { $path } holds no workbook (xlsx, xlsm, xls, xlsb, ods, csv); put the returns into { $path }/<year>/. The previous outputs were left as they are.
error-nothing-readable = no file in { $path } could be read (see the findings above); the previous report was left as it is
error-internal = internal error (please report): { $message }
error-partly-written = Not every output could be made. The others are written; the missing ones are removed from the earlier set too, so nothing old stands beside the new:
{ $failures }

# What was being made when a library failed.
cause-csv = CSV table
cause-table = Parquet table
cause-workbook = Excel workbook
cause-json = JSON file
cause-chart = chart
cause-pdf = PDF report
