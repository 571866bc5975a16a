package org.scalingsuite.reproductions.criticalbatchsize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.reproductions.criticalbatchsize.data.MerrillTables;
import org.scalingsuite.reproductions.criticalbatchsize.data.PublishedConstants;
import org.scalingsuite.reproductions.criticalbatchsize.data.StepLawBootstrapFits;
import org.scalingsuite.reproductions.criticalbatchsize.data.StepLawRuns;
import org.scalingsuite.reproductions.criticalbatchsize.data.ZhangStepsTable;

/**
 * The loaders of the critical-batch-size and step-law files reject bad input with file, line, column and value.
 * Data: small malformed copies written to a temporary folder. Method: a DataStore pointing at them.
 * Run: {@code mvn -B -o -pl reproductions/critical-batch-size -am verify -Dtest='DataLoadersTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class DataLoadersTest {

    @TempDir
    Path dir;

    private DataStore store(String file, String content) throws IOException {
        Path p = dir.resolve(file);
        Files.writeString(p, content);
        return (dataset, name) -> dir.resolve(name);
    }

    private static final String ZHANG_HEADER = "model,model_size_millions,target_c4_eval_loss,seq_len_tokens,"
            + "chinchilla_budget_steps_at_bs256,batch_size_sequences,batch_size_tokens,steps_to_target_final,"
            + "steps_to_target_raw_wandb_query\n";

    @Test
    void zhangTokensMustMatchSequences() throws IOException {
        DataStore s = store(ZhangStepsTable.FILE, ZHANG_HEADER + "85M,85,3.42,512,13282,64,32768,46000,46000\n"
                + "85M,85,3.42,512,13282,128,65535,23000,23000\n");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> ZhangStepsTable.load(s));
        assertEquals(3, e.line());
        assertEquals("batch_size_tokens", e.column());
        assertEquals("65535", e.value());
    }

    @Test
    void zhangStepsMustBePositive() throws IOException {
        DataStore s = store(ZhangStepsTable.FILE, ZHANG_HEADER + "85M,85,3.42,512,13282,64,32768,-1,46000\n");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> ZhangStepsTable.load(s));
        assertEquals("steps_to_target_final", e.column());
        assertTrue(e.getMessage().contains(ZhangStepsTable.FILE));
    }

    @Test
    void merrillRejectsUnknownMethodAndRepeatedCells() throws IOException {
        DataStore unknown = store(MerrillTables.FILE, "table,method,metric,stage,value\nT1,medium,x,pretraining,1\n");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> MerrillTables.load(unknown));
        assertEquals("method", e.column());
        DataStore repeated = store(MerrillTables.FILE, "table,method,metric,stage,value\n"
                + "T1,batch_size_warmup,x,pretraining,1\nT1,batch_size_warmup,x,pretraining,2\n");
        assertEquals(3, assertThrows(InvalidDataException.class, () -> MerrillTables.load(repeated)).line());
    }

    @Test
    void constantsRejectFormulasWhereANumberIsNeeded() throws IOException {
        DataStore s = store(PublishedConstants.FILE, "paper,key,value,unit,source_location,verification,note\n"
                + "merrill2025,lr_scaling_adam,sqrt(k),,Sec 3.1,primary_text,\n");
        PublishedConstants c = PublishedConstants.load(s);
        assertEquals("sqrt(k)", c.get("merrill2025", "lr_scaling_adam").text());
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> c.number("merrill2025", "lr_scaling_adam"));
        assertEquals(2, e.line());
        assertEquals("value", e.column());
    }

    @Test
    void stepLawShapesMustBeWholeNumbers() throws IOException {
        DataStore s = store(StepLawRuns.DENSE_FILE, "h,ffnh,numh,numl,lr,bs,ti,loss,smooth loss,exp_name,D,N,D/N\n"
                + "960.5,9368,15,7,0.0003,736,66342,2.41,2.39,x,1e11,214663680,465.8\n");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> StepLawRuns.loadDense(s));
        assertEquals("h", e.column());
        assertEquals(2, e.line());
    }

    @Test
    void stepLawMissingColumnIsNamed() throws IOException {
        DataStore s = store(StepLawRuns.DENSE_FILE, "h,ffnh,numh,numl,lr,bs,ti,loss,exp_name,D,N\n");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> StepLawRuns.loadDense(s));
        assertEquals("smooth loss", e.column());
    }

    @Test
    void bootstrapFitsMustBeNumbers() throws IOException {
        DataStore s = store(StepLawBootstrapFits.FILE, "lr_intercept,lr_coefN,lr_coefD,bs_intercept,bs_coefD\n"
                + "1.3,-0.7,0.3,nan,0.6\n");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> StepLawBootstrapFits.load(s));
        assertEquals("bs_intercept", e.column());
    }
}
